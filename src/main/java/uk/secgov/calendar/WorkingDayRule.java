package uk.secgov.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The SEC rule: a Working Day is any day except Saturday, Sunday and a bank holiday; adding N
 * Working Days counts from the Working Day after the anchor date (the anchor itself never counts).
 */
final class WorkingDayRule {

    private final IntFunction<Map<LocalDate, BankHoliday>> holidaysOfYear;

    /** {@code holidaysOfYear}: the holidays in force in a year, by date (asked once per year the count crosses). */
    WorkingDayRule(IntFunction<Map<LocalDate, BankHoliday>> holidaysOfYear) {
        this.holidaysOfYear = holidaysOfYear;
    }

    /** Why this day is not a Working Day, or empty if it is one. */
    Optional<String> whyNotAWorkingDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of("Saturday");
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of("Sunday");
        }
        return Optional.ofNullable(holidaysOfYear.apply(date.getYear()).get(date)).map(WorkingDayRule::describe);
    }

    private static String describe(BankHoliday holiday) {
        return holiday.source() == HolidaySource.JOLLYDAY ? "bank holiday: " + holiday.name()
                : "holiday added by override #" + holiday.overrideId() + ": " + holiday.name();
    }

    WorkingDayCount add(LocalDate anchor, WorkingDays days) {
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate date = anchor;
        int counted = 0;
        while (counted < days.count()) {
            date = date.plusDays(1);
            Optional<String> why = whyNotAWorkingDay(date);
            if (why.isPresent()) {
                skipped.add(new SkippedDay(date, why.get()));
            } else {
                counted++;
            }
        }
        return new WorkingDayCount(anchor, days, date, skipped);
    }
}
