package uk.secgov.meeting.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.secgov.meeting.InvalidMeetingRequest;

/** The meeting API's words for days, times and choices: each bad value is a 400 naming the field as sent. */
final class MeetingRequestValues {

    private MeetingRequestValues() {
    }

    /** A day as YYYY-MM-DD; none when blank. */
    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingRequest(field, field + " must be a date as YYYY-MM-DD, but was '" + value + "'.");
        }
    }

    /** A time of day in UK time as HH:MM; none when blank. */
    static LocalTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingRequest(field, field + " must be a time as HH:MM, but was '" + value + "'.");
        }
    }

    /** An enum constant by its name, in any case; none when blank. */
    static <E extends Enum<E>> E word(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMeetingRequest(field, "'" + value + "' is not one of " + Stream.of(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** A number the request must carry. */
    static long required(String field, Long value, String what) {
        if (value == null) {
            throw new InvalidMeetingRequest(field, "Give " + what + ".");
        }
        return value;
    }

    /** A label as a heading shows it: its first letter in capitals. */
    static String heading(String label) {
        return label == null || label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.UK) + label.substring(1);
    }
}
