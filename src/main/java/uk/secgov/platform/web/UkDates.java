package uk.secgov.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times the UK way, in UK time: {@code 21/11/2026} and {@code 21/11/2026 14:05}. */
@Named("ukDates")
@ApplicationScoped
public class UkDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
