package uk.secgov.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    /** Whether a deadline counted from {@code anchor} to {@code due} crosses a changed day. */
    public boolean affects(LocalDate anchor, LocalDate due) {
        return dates.stream().anyMatch(d -> d.isAfter(anchor) && !d.isAfter(due));
    }
}
