package uk.secgov.cpl;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the words of a case note, UK time: "21 November 2026". */
public final class UkDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private UkDate() {
    }

    public static String of(Instant at) {
        return FORMAT.format(at);
    }
}
