package uk.secgov.release;

import java.util.List;
import java.util.Optional;

/** The register of SEC Releases. */
public interface SecReleases {

    SecRelease add(SecRelease release);

    Optional<SecRelease> byId(long id);

    boolean existsWithName(String name);

    /** A page in planned-date order, each with its history. */
    List<SecRelease> page(int first, int size);

    long count();

    /** The first release not cancelled planned on or after {@code date}, if any. */
    Optional<SecRelease> firstNotCancelledOnOrAfter(java.time.LocalDate date);
}
