package uk.secgov.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDatesTest {

    private final UkDates dates = new UkDates();

    @Test
    void showsWinterTimesInGmt() {
        assertThat(dates.dateTime(Instant.parse("2026-01-05T09:30:00Z"))).isEqualTo("05/01/2026 09:30");
    }

    @Test
    void showsSummerTimesInBritishSummerTime() {
        assertThat(dates.dateTime(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("02/07/2026 00:30");
        assertThat(dates.date(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("02/07/2026");
    }

    @Test
    void showsNothingForNoDate() {
        assertThat(dates.dateTime(null)).isEmpty();
        assertThat(dates.day(null)).isEmpty();
        assertThat(dates.day(LocalDate.of(2026, 2, 3))).isEqualTo("03/02/2026");
    }
}
