package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.secgov.platform.security.Allowed;

/** Sign-in locks in force, and lifting one (administrators). */
@ApplicationScoped
@Transactional
@Allowed({"admin"})
public class SignInLocks {

    private static final Logger LOG = Logger.getLogger(SignInLocks.class.getName());

    @Inject
    SignInFailureRecords records;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SignInFailures> inForce(int first, int size) {
        return records.lockedAt(clock.instant(), first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countInForce() {
        return records.countLockedAt(clock.instant());
    }

    /** The record of this username or address, if it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignInFailures> recordOf(ThrottleSubject subject) {
        return records.of(subject);
    }

    /** Lifts the lock of this username or address so that it may sign in at once; refuses when none is in force. */
    public SignInFailures lift(ThrottleSubject subject, String actor) {
        SignInFailures record = records.of(subject).filter(r -> r.isLockedAt(clock.instant()))
                .orElseThrow(() -> new UnknownParty("sign-in lock", subject.kind() + " " + subject.value()));
        record.lift(actor, clock.instant());
        LOG.info(() -> "Sign-in lock lifted by " + actor + ": " + subject.kind() + " '" + subject.value() + "'");
        return record;
    }
}
