package uk.secgov.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Working Day calendar changed: fired once per override, inside the transaction that records
 * it (see the package documentation for the contract). {@code dates} are the days whose status
 * changed (a Working Day became a holiday or the reverse).
 */
public record WorkingDayCalendarChanged(long overrideId, CalendarOverride.Kind kind, List<LocalDate> dates,
        String reason, Instant recordedAt, String recordedBy) {

    public WorkingDayCalendarChanged {
        dates = List.copyOf(dates);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /**
     * Why a deadline moved, in the words of a case note: {@code "the Working Day calendar changed (Monday 6
     * May 2024: Coronation)"}; see {@link MovedDeadline#describe}.
     */
    public String why() {
        return "the Working Day calendar changed (" + dates.stream().map(DAY::format).collect(Collectors.joining(", "))
                + ": " + reason + ")";
    }

    /** Whether a deadline counted from {@code anchor} to {@code due} crosses a changed day. */
    public boolean affects(LocalDate anchor, LocalDate due) {
        return dates.stream().anyMatch(d -> d.isAfter(anchor) && !d.isAfter(due));
    }
}
