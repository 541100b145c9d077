package uk.secgov.party;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The register of recent failed sign-ins, one record per username or address. */
public interface SignInFailureRecords {

    SignInFailures add(SignInFailures record);

    Optional<SignInFailures> of(ThrottleSubject subject);

    /** The records of a username and an address, in one look-up (every sign-in attempt asks this). */
    List<SignInFailures> of(ThrottleSubject username, ThrottleSubject address);

    /** A page of the records locked at this moment, the longest-locked first. */
    List<SignInFailures> lockedAt(Instant now, int first, int size);

    long countLockedAt(Instant now);

    /** Deletes the records with no lock in force and no failure since {@code quietSince}; answers how many. */
    int forget(Instant quietSince, Instant now);
}
