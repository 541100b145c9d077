package uk.secgov.calendar;

import java.time.LocalDate;

/**
 * A day that is not a Working Day although it is a weekday (or a holiday that falls on a weekend).
 * {@code overrideId} is the override that added it ({@code null} for Jollyday's own holidays).
 */
public record BankHoliday(LocalDate date, String name, HolidaySource source, Long overrideId) {

    static BankHoliday statutory(LocalDate date, String name) {
        return new BankHoliday(date, name, HolidaySource.JOLLYDAY, null);
    }
}
