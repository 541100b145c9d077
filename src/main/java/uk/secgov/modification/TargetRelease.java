package uk.secgov.modification;

import java.time.LocalDate;

/** The SEC Release a case is to be implemented in, as it stood when chosen. */
public record TargetRelease(long id, String name, LocalDate date) {
}
