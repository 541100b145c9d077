package uk.secgov.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import uk.secgov.platform.time.UkFormat;

/**
 * The UK formats for pages ({@code #{ukDates.date(...)}}): {@code 21/11/2026} and {@code 21/11/2026 14:05}, in
 * UK time, and nothing for no date.
 */
@Named("ukDates")
@ApplicationScoped
public class UkDates {

    public String dateTime(Instant instant) {
        return instant == null ? "" : UkFormat.DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : UkFormat.DATE.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : UkFormat.DATE.format(date);
    }
}
