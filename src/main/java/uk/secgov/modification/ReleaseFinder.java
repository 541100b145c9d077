package uk.secgov.modification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SEC Release a case can go into: the first one not cancelled on or after a date. */
public interface ReleaseFinder {

    Optional<TargetRelease> firstOnOrAfter(LocalDate date);

    /** A release SECAS chose, if it exists and is not cancelled. */
    Optional<TargetRelease> open(long releaseId);

    /** The releases not cancelled, soonest first: those a case can target, and the register's filter. */
    List<TargetRelease> listed();
}
