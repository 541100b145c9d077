package uk.secgov.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class UkFormatTest {

    private static final LocalDate THURSDAY = LocalDate.of(2020, 4, 30);

    @Test
    void writesADayInEachNamedFormat() {
        assertThat(UkFormat.DATE.format(THURSDAY)).isEqualTo("30/04/2020");
        assertThat(UkFormat.SHORT_DAY.format(THURSDAY)).isEqualTo("Thu 30/04/2020");
        assertThat(UkFormat.DAY.format(THURSDAY)).isEqualTo("Thursday 30/04/2020");
        assertThat(UkFormat.WORDS.format(LocalDate.of(2026, 3, 1))).isEqualTo("1 March 2026");
        assertThat(UkFormat.DAY_IN_WORDS.format(THURSDAY)).isEqualTo("Thursday 30 April 2020");
    }

    @Test
    void writesAClosingTimeInItsOwnZone() {
        ZonedDateTime close = THURSDAY.atTime(17, 0).atZone(UkFormat.ZONE);

        assertThat(UkFormat.CLOSING_TIME.format(close)).isEqualTo("17:00 on Thursday 30 April 2020");
    }

    @Test
    void writesAnInstantInGreenwichTimeInWinter() {
        assertThat(UkFormat.DATE_TIME.format(Instant.parse("2026-01-05T09:30:00Z"))).isEqualTo("05/01/2026 09:30");
    }

    @Test
    void writesAnInstantInBritishSummerTimeInSummer() {
        Instant lateOnTheFirst = Instant.parse("2026-07-01T23:30:00Z");

        assertThat(UkFormat.DATE_TIME.format(lateOnTheFirst)).isEqualTo("02/07/2026 00:30");
        assertThat(UkFormat.WORDS.format(lateOnTheFirst)).isEqualTo("2 July 2026");
    }

    @Test
    void readsATypedDateTheUkWayWithOrWithoutLeadingZeros() {
        assertThat(UkFormat.parseDate("30/04/2020")).isEqualTo(THURSDAY);
        assertThat(UkFormat.parseDate("1/5/2020")).isEqualTo(LocalDate.of(2020, 5, 1));
    }

    @Test
    void readsATypedIsoDateAndIgnoresSpacesAround() {
        assertThat(UkFormat.parseDate(" 2020-04-30 ")).isEqualTo(THURSDAY);
    }

    @Test
    void refusesADayThatDoesNotExistRatherThanMovingIt() {
        assertThatThrownBy(() -> UkFormat.parseDate("31/02/2092")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UkFormat.parseDate("2092-02-31")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void refusesTextThatIsNoDate() {
        assertThatThrownBy(() -> UkFormat.parseDate("31 March")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UkFormat.parseDate("30/04/20")).isInstanceOf(DateTimeParseException.class);
    }
}
