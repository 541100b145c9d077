package uk.secgov.calendar;

import java.time.LocalDate;

/** A day the count passed over, and why: {@code "Saturday"}, {@code "Sunday"} or the holiday's name and source. */
public record SkippedDay(LocalDate date, String reason) {
}
