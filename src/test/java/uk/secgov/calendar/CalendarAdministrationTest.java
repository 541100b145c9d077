package uk.secgov.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Administrators' overrides: append-only records, each refusal with its reason, and the change event. */
class CalendarAdministrationTest {

    private final CalendarFixtures fixtures = new CalendarFixtures();
    private final CalendarAdministration administration = fixtures.administration;
    private final WorkingDayCalendar calendar = fixtures.calendar;

    @Test
    void aProclaimedHolidayMovesAnOpenDeadlineAndSaysWhichDaysChanged() {
        LocalDate anchor = LocalDate.of(2026, 9, 1);
        LocalDate dueBefore = calendar.add(anchor, WorkingDays.of(15)).result();

        CalendarOverride added = administration.addHoliday(LocalDate.of(2026, 9, 14), "State funeral",
                "Proclaimed by the King on 5 September", "admin");

        LocalDate dueAfter = calendar.add(anchor, WorkingDays.of(15)).result();
        assertThat(dueBefore).isEqualTo(LocalDate.of(2026, 9, 22));
        assertThat(dueAfter).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(fixtures.events).singleElement().satisfies(e -> {
            assertThat(e.overrideId()).isEqualTo(added.id());
            assertThat(e.kind()).isEqualTo(CalendarOverride.Kind.ADD_HOLIDAY);
            assertThat(e.dates()).containsExactly(LocalDate.of(2026, 9, 14));
            assertThat(e.recordedBy()).isEqualTo("admin");
            assertThat(e.affects(anchor, dueBefore)).isTrue();
            assertThat(e.affects(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 30))).isFalse();
        });
        assertThat(calendar.whyNotAWorkingDay(LocalDate.of(2026, 9, 14)))
                .contains("holiday added by override #1: State funeral");
    }

    @Test
    void aCancellationIsANewRecordThatRestoresTheDayAndKeepsTheOriginal() {
        CalendarOverride added = administration.addHoliday(LocalDate.of(2026, 9, 14), "State funeral", "Proclaimed",
                "admin");

        CalendarOverride cancellation = administration.cancel(added.id(), "Entered on the wrong day", "admin2");

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 14))).isTrue();
        assertThat(fixtures.overrides.rows).containsExactly(added, cancellation);
        assertThat(added.kind()).isEqualTo(CalendarOverride.Kind.ADD_HOLIDAY);
        assertThat(cancellation.cancels()).contains(added.id());
        assertThat(cancellation.date()).isEqualTo(added.date());
        assertThat(calendar.cancellationOf(added.id())).contains(cancellation);
        assertThat(fixtures.events).extracting(WorkingDayCalendarChanged::kind)
                .containsExactly(CalendarOverride.Kind.ADD_HOLIDAY, CalendarOverride.Kind.CANCELLATION);
    }

    @Test
    void anOverrideIsCancelledOnce() {
        CalendarOverride added = administration.addHoliday(LocalDate.of(2026, 9, 14), "State funeral", "Proclaimed",
                "admin");
        administration.cancel(added.id(), "Entered on the wrong day", "admin2");

        assertThatThrownBy(() -> administration.cancel(added.id(), "again", "admin"))
                .hasMessage("Override #1 was already cancelled by #2.");
    }

    @Test
    void aCancellationIsNotItselfCancelled() {
        CalendarOverride added = administration.addHoliday(LocalDate.of(2026, 9, 14), "State funeral", "Proclaimed",
                "admin");
        CalendarOverride cancellation = administration.cancel(added.id(), "Entered on the wrong day", "admin2");

        assertThatThrownBy(() -> administration.cancel(cancellation.id(), "undo", "admin"))
                .hasMessageContaining("is itself a cancellation");
    }

    @Test
    void onlyAnOverrideOnRecordIsCancelled() {
        assertThatThrownBy(() -> administration.cancel(99, "undo", "admin")).isInstanceOf(UnknownCalendarOverride.class);
    }

    @Test
    void removingAJollydayHolidayMakesItAWorkingDayUntilTheRemovalIsCancelled() {
        LocalDate summerBankHoliday = LocalDate.of(2026, 8, 31);

        CalendarOverride removal = administration.removeHoliday(summerBankHoliday, "Moved by proclamation", "admin");

        assertThat(calendar.isWorkingDay(summerBankHoliday)).isTrue();
        assertThat(calendar.year(2026).removed()).extracting(r -> r.removal().id()).containsExactly(removal.id());
        administration.cancel(removal.id(), "Proclamation withdrawn", "admin");
        assertThat(calendar.isWorkingDay(summerBankHoliday)).isFalse();
    }

    @Test
    void aHolidayOnAWeekendChangesNothingAndIsRefused() {
        assertThatThrownBy(() -> administration.addHoliday(LocalDate.of(2026, 9, 12), "Saturday thing", "r", "admin"))
                .hasMessage("Saturday 12/09/2026 is a weekend day, never a Working Day: a holiday there changes nothing.");
        assertThat(fixtures.overrides.rows).isEmpty();
    }

    @Test
    void aBankHolidayIsNotAddedAgain() {
        assertThatThrownBy(() -> administration.addHoliday(LocalDate.of(2026, 12, 25), "Twice", "r", "admin"))
                .hasMessage("Friday 25/12/2026 is already a bank holiday (Christmas).");
        assertThat(fixtures.overrides.rows).isEmpty();
    }

    @Test
    void onlyABankHolidayIsRemoved() {
        assertThatThrownBy(() -> administration.removeHoliday(LocalDate.of(2026, 9, 14), "r", "admin"))
                .hasMessageContaining("is not a bank holiday in the Jollyday calendar");
        assertThat(fixtures.overrides.rows).isEmpty();
    }

    @Test
    void aDayWithAnOverrideTakesNoSecondOneItsOverrideIsCancelledInstead() {
        administration.removeHoliday(LocalDate.of(2026, 8, 31), "r", "admin");

        assertThatThrownBy(() -> administration.addHoliday(LocalDate.of(2026, 8, 31), "Back", "r", "admin"))
                .hasMessage("Monday 31/08/2026 already has override #1 (holiday removed): cancel it instead.");
        assertThat(fixtures.overrides.rows).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("incompleteOverrides")
    void anOverrideNamesItsDateAndReasonAndAnAddedHolidayItsName(String field, String what,
            Consumer<CalendarAdministration> override) {
        assertThatThrownBy(() -> override.accept(administration)).isInstanceOf(InvalidCalendarRequest.class)
                .extracting(e -> ((InvalidCalendarRequest) e).field()).isEqualTo(field);
        assertThat(fixtures.overrides.rows).isEmpty();
        assertThat(fixtures.events).isEmpty();
    }

    static Stream<Arguments> incompleteOverrides() {
        return Stream.of(
                arguments("reason", "a holiday added without one", (Consumer<CalendarAdministration>) a ->
                        a.addHoliday(LocalDate.of(2026, 9, 14), "Funeral", " ", "admin")),
                arguments("name", "a holiday added without one", (Consumer<CalendarAdministration>) a ->
                        a.addHoliday(LocalDate.of(2026, 9, 14), null, "Proclaimed", "admin")),
                arguments("date", "a holiday added without one", (Consumer<CalendarAdministration>) a ->
                        a.addHoliday(null, "Funeral", "Proclaimed", "admin")),
                arguments("reason", "a removal's of 501 characters", (Consumer<CalendarAdministration>) a ->
                        a.removeHoliday(LocalDate.of(2026, 8, 31), "x".repeat(501), "admin")));
    }
}
