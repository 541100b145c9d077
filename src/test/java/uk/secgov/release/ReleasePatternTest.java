package uk.secgov.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The usual pattern: last Thursday of February and June, first Thursday of November. */
class ReleasePatternTest {

    @Test
    void reproducesTheRealScheduledReleases() {
        assertThat(ReleasePattern.of(2018)).extracting(ReleasePattern.ScheduledDate::date).contains(LocalDate.of(2018, 11, 1));
        assertThat(ReleasePattern.of(2019)).extracting(ReleasePattern.ScheduledDate::date)
                .contains(LocalDate.of(2019, 2, 28), LocalDate.of(2019, 11, 7));
        assertThat(ReleasePattern.of(2021)).extracting(ReleasePattern.ScheduledDate::date).contains(LocalDate.of(2021, 6, 24));
        assertThat(ReleasePattern.of(2022)).extracting(ReleasePattern.ScheduledDate::date).contains(LocalDate.of(2022, 11, 3));
    }

    @Test
    void namesEachReleaseByMonthAndYear() {
        assertThat(ReleasePattern.of(2027)).containsExactly(
                new ReleasePattern.ScheduledDate("February 2027 SEC Release", LocalDate.of(2027, 2, 25)),
                new ReleasePattern.ScheduledDate("June 2027 SEC Release", LocalDate.of(2027, 6, 24)),
                new ReleasePattern.ScheduledDate("November 2027 SEC Release", LocalDate.of(2027, 11, 4)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2020, 2024, 2026, 2028, 2032})
    void everyScheduledReleaseIsAThursdayAtTheRightEndOfItsMonth(int year) {
        List<ReleasePattern.ScheduledDate> dates = ReleasePattern.of(year);

        assertThat(dates).allSatisfy(d -> assertThat(d.date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY));
        assertThat(dates.get(0).date().plusWeeks(1).getMonthValue()).as("last Thursday of February").isEqualTo(3);
        assertThat(dates.get(1).date().plusWeeks(1).getMonthValue()).as("last Thursday of June").isEqualTo(7);
        assertThat(dates.get(2).date().getDayOfMonth()).as("first Thursday of November").isLessThanOrEqualTo(7);
    }
}
