package uk.secgov.calendar;

import java.util.List;

/**
 * The holidays of one year as the calendar applies them, each with its source, and the Jollyday
 * holidays an override removed (with that override), so a reader sees why a listed holiday is missing.
 */
public record CalendarYear(int year, List<BankHoliday> holidays, List<RemovedHoliday> removed) {

    /** A Jollyday holiday that counts as a Working Day because of an override. */
    public record RemovedHoliday(BankHoliday holiday, CalendarOverride removal) {
    }

    public CalendarYear {
        holidays = List.copyOf(holidays);
        removed = List.copyOf(removed);
    }
}
