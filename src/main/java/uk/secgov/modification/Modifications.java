package uk.secgov.modification;

import java.util.List;
import java.util.Optional;

/** The register of cases. */
public interface Modifications {

    Modification add(Modification modification);

    Optional<Modification> byId(long id);

    /** By number and form: {@code DP168} and {@code MP168} are the same case. */
    Optional<Modification> byReference(ModificationReference reference);

    /** The next free DP number. */
    int nextDraftNumber();

    /** A page of the cases matching the query, newest raised first, filtered and paged in the database. */
    List<Modification> page(RegisterQuery query, int first, int size);

    long count(RegisterQuery query);

    /** Open cases with a deadline running, for recalculation. */
    List<Modification> withRunningDeadlines();

    /** The key dates in force due at or after {@code from}, of public cases, soonest first. */
    List<KeyDate> upcomingPublicKeyDates(java.time.Instant from, int limit);

    /** The latest timeline entries of public cases, newest first. */
    List<TimelineEvent> latestPublicEvents(int limit);

    /** Cases raised as Draft Proposals (not Fast-Tracks) on a day from {@code from} to {@code to}, oldest first. */
    List<Modification> raisedAsDraftBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** Cases the Panel converted on a day from {@code from} to {@code to}, oldest conversion first. */
    List<Modification> convertedBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** Open cases whose target release is this one. */
    List<Modification> targeting(long releaseId);
}
