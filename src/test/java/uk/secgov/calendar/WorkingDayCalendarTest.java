package uk.secgov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Working Day rule of the SEC on the real Jollyday England & Wales calendar (domain.md, "Working Days"). */
class WorkingDayCalendarTest {

    private final CalendarFixtures fixtures = new CalendarFixtures();
    private final WorkingDayCalendar calendar = fixtures.calendar;

    private LocalDate add(String anchor, int days) {
        return calendar.add(LocalDate.parse(anchor), WorkingDays.of(days)).result();
    }

    @ParameterizedTest(name = "{0} + {1} Working Days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2019-10-11 | 15 | 2019-11-01 | MP087 Fast-Track objection window
            2020-04-30 |  5 | 2020-05-07 | 4 May 2020 was a Working Day; the holiday moved to Fri 8 May
            2022-09-16 |  1 | 2022-09-20 | Mon 19 Sep 2022, the state funeral
            2023-04-24 | 10 | 2023-05-10 | 1 May and 8 May 2023
            2024-12-20 |  5 | 2024-12-31 | 25 and 26 Dec 2024
            """)
    void theWorkedExamplesOfTheDomainBrief(String anchor, int days, String expected, String why) {
        assertThat(add(anchor, days)).as(why).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void mp087sEarliestImplementationIsTheWorkingDayAfterItsObjectionWindow() {
        LocalDate windowEnds = add("2019-10-11", 15);

        assertThat(calendar.nextWorkingDayAfter(windowEnds)).isEqualTo(LocalDate.of(2019, 11, 4));
    }

    @Test
    void theStateFuneralOf19September2022ComesFromJollydayNotFromAnOverride() {
        BankHoliday funeral = calendar.holidayOn(LocalDate.of(2022, 9, 19)).orElseThrow();

        assertThat(funeral.source()).isEqualTo(HolidaySource.JOLLYDAY);
        assertThat(funeral.name()).contains("State Funeral");
        assertThat(fixtures.overrides.rows).isEmpty();
    }

    @Test
    void explainsEveryDaySkippedAndWhy() {
        WorkingDayCount count = calendar.add(LocalDate.of(2022, 9, 16), WorkingDays.of(1));

        assertThat(count.skipped()).extracting(SkippedDay::date).containsExactly(LocalDate.of(2022, 9, 17),
                LocalDate.of(2022, 9, 18), LocalDate.of(2022, 9, 19));
        assertThat(count.skipped()).extracting(SkippedDay::reason).containsExactly("Saturday", "Sunday",
                "bank holiday: Bank Holiday for the State Funeral of Queen Elizabeth II");
        assertThat(count.explanation()).startsWith("1 Working Day after Fri 16/09/2022")
                .contains("is Tue 20/09/2022").contains("Mon 19/09/2022 (bank holiday: Bank Holiday for the State Funeral");
    }

    @Test
    void aSubstituteDayIsNamedAsSuch() {
        assertThat(calendar.holidayOn(LocalDate.of(2022, 12, 27)).orElseThrow().name()).isEqualTo("Christmas (substitute day)");
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 5, 8))).isFalse();
    }

    @Test
    void anAnchorOnAWeekendOrHolidayIsNotCountedItself() {
        assertThat(add("2022-09-17", 1)).isEqualTo(LocalDate.of(2022, 9, 20));
        assertThat(add("2022-09-19", 1)).isEqualTo(LocalDate.of(2022, 9, 20));
    }

    @Test
    void addingNothingLeavesTheDate() {
        WorkingDayCount count = calendar.add(LocalDate.of(2022, 9, 17), WorkingDays.of(0));

        assertThat(count.result()).isEqualTo(LocalDate.of(2022, 9, 17));
        assertThat(count.explanation()).isEqualTo("No Working Days added: the date stays Sat 17/09/2022.");
    }

    @Test
    void aDeadlineClosesAt17HoursUkTimeInSummerAndInWinter() {
        ZonedDateTime summer = calendar.closingTime(LocalDate.of(2020, 4, 30), WorkingDays.of(5));
        ZonedDateTime winter = calendar.closingTime(LocalDate.of(2024, 12, 20), WorkingDays.of(5));

        assertThat(summer.toInstant()).isEqualTo(Instant.parse("2020-05-07T16:00:00Z"));
        assertThat(winter.toInstant()).isEqualTo(Instant.parse("2024-12-31T17:00:00Z"));
        assertThat(summer.getZone()).isEqualTo(WorkingDayCalendar.UK);
    }

    @Test
    void aCountOfWorkingDaysIsNotNegative() {
        assertThatThrownBy(() -> WorkingDays.of(-1)).isInstanceOf(InvalidCalendarRequest.class)
                .hasMessage("The number of Working Days must be 0 or more, but was -1.");
    }

    @Test
    void aCountOfWorkingDaysIsAtMostAThousand() {
        assertThatThrownBy(() -> WorkingDays.of(1001)).hasMessage("The number of Working Days must be at most 1000, but was 1001.");
        assertThat(add("2024-01-01", 1000)).as("200 weeks and 29 bank holidays").isEqualTo(LocalDate.of(2027, 12, 10));
    }

    @Test
    void theCalendarCovers1970To2199Only() {
        assertThatThrownBy(() -> calendar.add(LocalDate.of(1969, 12, 31), WorkingDays.of(1)))
                .hasMessageContaining("covers 1970 to 2199 only");
        assertThatThrownBy(() -> calendar.add(LocalDate.of(2199, 12, 1), WorkingDays.of(100)))
                .as("a count that ends after it").isInstanceOf(InvalidCalendarRequest.class)
                .extracting(e -> ((InvalidCalendarRequest) e).field()).isEqualTo("add");
        assertThatThrownBy(() -> calendar.year(1800)).hasMessageContaining("between 1970 and 2199");
    }

    @Test
    void readsTheOverridesOnceUntilOneIsRecorded() {
        for (int i = 0; i < 50; i++) {
            add("2023-04-24", 10);
            add("2019-10-11", 15);
        }
        assertThat(fixtures.overrides.reads).isEqualTo(1);

        fixtures.administration.addHoliday(LocalDate.of(2023, 5, 9), "Proclaimed holiday", "Proclamation", "admin");

        assertThat(add("2023-04-24", 10)).isEqualTo(LocalDate.of(2023, 5, 11));
        assertThat(fixtures.overrides.reads).isGreaterThan(1);
    }

    @Test
    void listsAYearsHolidaysWithTheirSourcesAndThoseRemoved() {
        fixtures.administration.addHoliday(LocalDate.of(2022, 10, 14), "Extra holiday", "Proclamation", "admin");
        fixtures.administration.removeHoliday(LocalDate.of(2022, 8, 29), "Not observed", "admin");

        CalendarYear year = calendar.year(2022);

        assertThat(year.holidays()).extracting(BankHoliday::date).contains(LocalDate.of(2022, 9, 19),
                LocalDate.of(2022, 10, 14)).doesNotContain(LocalDate.of(2022, 8, 29)).isSorted();
        assertThat(year.holidays()).filteredOn(h -> h.source() == HolidaySource.OVERRIDE).singleElement()
                .satisfies(h -> assertThat(h.overrideId()).isEqualTo(1L));
        assertThat(year.removed()).singleElement().satisfies(r -> {
            assertThat(r.holiday().name()).isEqualTo("Summer Bank Holiday");
            assertThat(r.removal().reason()).isEqualTo("Not observed");
        });
    }
}
