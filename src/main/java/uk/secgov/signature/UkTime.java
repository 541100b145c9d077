package uk.secgov.signature;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in the reasons this feature gives, the UK way and in UK time: {@code 21/11/2026 14:05}, {@code 1 March 2026}. */
final class UkTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private UkTime() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** The day in words, for reasons a supplier reads: {@code 1 March 2026}. */
    static String inWords(Instant instant) {
        return WORDS.format(instant);
    }
}
