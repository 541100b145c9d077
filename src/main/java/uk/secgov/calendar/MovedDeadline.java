package uk.secgov.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.secgov.platform.time.UkFormat;

/**
 * A Working Day deadline computed again (after the calendar changed, or its anchor moved): where it
 * was and where it is now, and the sentence a case note records. Every feature with running deadlines
 * words a move the same way: "Due date: moved from 13 May 2024 to 14 May 2024 because …".
 */
public record MovedDeadline(ZonedDateTime from, ZonedDateTime to) {


    /** The move from {@code before} to {@code after}, or empty when the deadline did not move. */
    public static Optional<MovedDeadline> of(Instant before, ZonedDateTime after) {
        return before.equals(after.toInstant()) ? Optional.empty()
                : Optional.of(new MovedDeadline(before.atZone(WorkingDayCalendar.UK), after));
    }

    /** {@code "<what>: moved from <day> to <day> because <because>."} */
    public String describe(String what, String because) {
        return what + ": moved from " + UkFormat.WORDS.format(from.withZoneSameInstant(WorkingDayCalendar.UK)) + " to "
                + UkFormat.WORDS.format(to.withZoneSameInstant(WorkingDayCalendar.UK)) + " because " + because + ".";
    }
}
