package uk.secgov.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.platform.time.UkFormat;

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


    /**
     * Why a deadline moved, in the words of a case note: {@code "the Working Day calendar changed (Monday 6
     * May 2024: Coronation)"}; see {@link MovedDeadline#describe}.
     */
    public String why() {
        return "the Working Day calendar changed (" + dates.stream().map(UkFormat.DAY_IN_WORDS::format).collect(Collectors.joining(", "))
                + ": " + reason + ")";
    }

    /** Whether a deadline counted from {@code anchor} to {@code due} crosses a changed day. */
    public boolean affects(LocalDate anchor, LocalDate due) {
        return dates.stream().anyMatch(d -> d.isAfter(anchor) && !d.isAfter(due));
    }
}
