package uk.secgov.modification;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A computed date with how it was computed: the anchor (a meeting date, the end of a window), the
 * number of Working Days added (null when it is not a count), the result in UK time, and the
 * explanation a case worker or the public reads.
 */
public record Deadline(KeyDateKind kind, LocalDate anchor, Integer workingDays, ZonedDateTime due,
        String explanation) {

    public LocalDate dueDate() {
        return due.toLocalDate();
    }
}
