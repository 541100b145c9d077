package uk.secgov.release;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The usual pattern of scheduled SEC Releases: the last Thursday of February and of June and the
 * first Thursday of November, named "&lt;Month&gt; &lt;year&gt; SEC Release".
 */
public final class ReleasePattern {

    /** A release the pattern expects. */
    public record ScheduledDate(String name, LocalDate date) {
    }

    private ReleasePattern() {
    }

    public static List<ScheduledDate> of(int year) {
        return List.of(scheduled(LocalDate.of(year, Month.FEBRUARY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY))),
                scheduled(LocalDate.of(year, Month.JUNE, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.THURSDAY))),
                scheduled(LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY))));
    }

    /** The usual name of a release in the month of {@code date}: "November 2019 SEC Release". */
    public static String nameFor(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear() + " SEC Release";
    }

    private static ScheduledDate scheduled(LocalDate date) {
        return new ScheduledDate(nameFor(date), date);
    }
}
