package uk.secgov.modification;

import java.time.LocalDate;

/** Computes a case's deadlines in Working Days; the case asks it, so the rules stay with the case. */
public interface Deadlines {

    /** {@code workingDays} Working Days after {@code anchor}, closing at 17:00 UK time. */
    Deadline closingAfter(KeyDateKind kind, LocalDate anchor, int workingDays);

    /** The first Working Day after {@code date} (e.g. the earliest implementation after a window ends). */
    Deadline firstWorkingDayAfter(KeyDateKind kind, LocalDate date);

    /** How many Working Days fall after {@code after} up to and including {@code upTo} (0 if none). */
    int workingDaysBetween(LocalDate after, LocalDate upTo);
}
