package uk.secgov.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The ways the application writes a date or a time for people, the UK way: pages, messages, timelines, mails and
 * exports all use one of these, so the same moment reads the same everywhere. An {@link Instant} is written as
 * it is in UK time; a date or a zoned time as it is.
 */
public enum UkFormat {

    /** {@code 30/04/2020}. */
    DATE("dd/MM/yyyy"),
    /** {@code 30/04/2020 14:05}. */
    DATE_TIME("dd/MM/yyyy HH:mm"),
    /** {@code Thu 30/04/2020}: the days of Working Day arithmetic and its explanation. */
    SHORT_DAY("EEE dd/MM/yyyy"),
    /** {@code Thursday 30/04/2020}: a day a refusal names, so that a weekend is seen at once. */
    DAY("EEEE dd/MM/yyyy"),
    /** {@code 30 April 2020}: a date in a sentence. */
    WORDS("d MMMM yyyy"),
    /** {@code Thursday 30 April 2020}. */
    DAY_IN_WORDS("EEEE d MMMM yyyy"),
    /** {@code 17:00 on Thursday 30 April 2020}: when a window closes. */
    CLOSING_TIME("HH:mm 'on' EEEE d MMMM yyyy");

    /** UK time, in which every instant is shown and every day begins and ends. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** The UK way of typing a date, leading zeros optional; strict, so 31/02 is no date rather than 28/02. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private final DateTimeFormatter formatter;

    UkFormat(String pattern) {
        this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.UK);
    }

    /** A date, or a date and time in its own zone, in this format. */
    public String format(TemporalAccessor value) {
        return formatter.format(value);
    }

    /** An instant as it reads in UK time, in this format. */
    public String format(Instant at) {
        return formatter.format(at.atZone(ZONE));
    }

    /**
     * A date as a person types it: the UK way ({@code 30/04/2020}, also {@code 30/4/2020}) or ISO
     * ({@code 2020-04-30}); spaces around it are ignored.
     *
     * @throws DateTimeParseException if the text is no such date; the caller says what to type instead
     */
    public static LocalDate parseDate(String text) {
        String clean = text.strip();
        return clean.contains("/") ? LocalDate.parse(clean, TYPED) : LocalDate.parse(clean);
    }
}
