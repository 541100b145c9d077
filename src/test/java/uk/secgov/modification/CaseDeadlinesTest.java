package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.calendar.WorkingDayCalendar;

/** A case's key dates and their arithmetic, on a calendar where every day is a Working Day (so the sums are plain). */
class CaseDeadlinesTest {

    /** Every day a Working Day; windows close at 17:00 UK time. */
    private static final Deadlines EVERY_DAY = new Deadlines() {
        @Override
        public Deadline closingAfter(KeyDateKind kind, LocalDate anchor, int workingDays) {
            return new Deadline(kind, anchor, workingDays,
                    anchor.plusDays(workingDays).atTime(17, 0).atZone(WorkingDayCalendar.UK), workingDays + " days");
        }

        @Override
        public Deadline firstWorkingDayAfter(KeyDateKind kind, LocalDate date) {
            return new Deadline(kind, date, null, date.plusDays(1).atStartOfDay(WorkingDayCalendar.UK), "next day");
        }

        @Override
        public int workingDaysBetween(LocalDate after, LocalDate upTo) {
            return (int) Math.max(0, ChronoUnit.DAYS.between(after, upTo));
        }
    };

    private static final LocalDate MEETING = LocalDate.of(2019, 10, 1);

    private final List<KeyDate> history = new ArrayList<>();
    private final CaseDeadlines dates = new CaseDeadlines(null, history);
    private final Modification.Actor secas = new Modification.Actor("secas", Instant.parse("2019-10-20T12:00:00Z"));

    private KeyDate computed(Deadline deadline) {
        KeyDate k = new KeyDate(null, deadline, "secas", Instant.parse("2019-10-01T12:00:00Z"));
        history.add(k);
        return k;
    }

    /** The objection window as a calendar with {@code due} days in October computed it. */
    private KeyDate objectionWindowEndingOn(int october) {
        return computed(new Deadline(KeyDateKind.OBJECTION_WINDOW_END, MEETING, 15,
                LocalDate.of(2019, 10, october).atTime(17, 0).atZone(WorkingDayCalendar.UK), "older calendar"));
    }

    @Test
    void theLatestComputationOfEachKindIsInForceInKindOrder() {
        KeyDate first = objectionWindowEndingOn(16);
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 16)));
        KeyDate again = objectionWindowEndingOn(17);

        assertThat(dates.inForce()).containsExactly(again, earliest);
        assertThat(dates.history()).containsExactly(first, earliest, again);
        assertThat(dates.current(KeyDateKind.OBJECTION_WINDOW_END)).contains(again);
    }

    @Test
    void aWindowRunsAtItsStageTheEarliestDateWhileAWindowOrApprovalRunsAndAdoptionWhileWithdrawn() {
        computed(EVERY_DAY.closingAfter(KeyDateKind.PRECHECK_TARGET, MEETING, 5));
        KeyDate window = objectionWindowEndingOn(16);
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 16)));
        KeyDate adoption = computed(EVERY_DAY.closingAfter(KeyDateKind.ADOPTION_WINDOW_END, MEETING, 20));

        assertThat(dates.running(Stage.OBJECTION_WINDOW, false)).containsExactly(window, earliest);
        assertThat(dates.running(Stage.APPROVED, false)).containsExactly(earliest);
        assertThat(dates.running(Stage.OBJECTION_WINDOW, true)).containsExactly(window, adoption, earliest);
        assertThat(dates.running(Stage.WITHDRAWN, true)).isEmpty();
    }

    @Test
    void aRecomputedWindowMovesAndTheEarliestImplementationFollowsItsNewEnd() {
        KeyDate window = objectionWindowEndingOn(14);
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 14)));

        List<CaseDeadlines.Recomputed> moved = dates.recompute(List.of(window, earliest), EVERY_DAY, secas);

        assertThat(moved).extracting(r -> r.to().dueDate())
                .containsExactly(LocalDate.of(2019, 10, 16), LocalDate.of(2019, 10, 17));
        assertThat(moved.get(0).from()).isSameAs(window);
        assertThat(moved.get(0).move().describe("The window", "of a test")).contains("14 October 2019")
                .contains("16 October 2019");
    }

    @Test
    void aRecomputedDeadlineIsRecordedAndInForce() {
        KeyDate window = objectionWindowEndingOn(14);

        dates.recompute(List.of(window), EVERY_DAY, secas);

        assertThat(dates.history()).hasSize(2).first().isSameAs(window);
        assertThat(dates.current(KeyDateKind.OBJECTION_WINDOW_END)).map(KeyDate::dueDate)
                .contains(LocalDate.of(2019, 10, 16));
        assertThat(dates.current(KeyDateKind.OBJECTION_WINDOW_END)).map(KeyDate::recordedBy).contains("secas");
    }

    @Test
    void anEarliestImplementationWithoutAMovedWindowIsRecomputedFromItsOwnAnchor() {
        KeyDate earliest = computed(new Deadline(KeyDateKind.EARLIEST_IMPLEMENTATION, LocalDate.of(2019, 10, 16), null,
                LocalDate.of(2019, 10, 18).atStartOfDay(WorkingDayCalendar.UK), "older calendar"));

        List<CaseDeadlines.Recomputed> moved = dates.recompute(List.of(earliest), EVERY_DAY, secas);

        assertThat(moved).extracting(r -> r.to().dueDate()).containsExactly(LocalDate.of(2019, 10, 17));
    }

    @Test
    void aDeadlineIsDueOnceItsCloseHasPassed() {
        KeyDate window = objectionWindowEndingOn(16);

        assertThat(dates.requireDue(KeyDateKind.OBJECTION_WINDOW_END, secas)).isSameAs(window);
    }

    @Test
    void aDeadlineIsNotDueBeforeItCloses() {
        objectionWindowEndingOn(16);
        Modification.Actor early = new Modification.Actor("secas", Instant.parse("2019-10-16T15:59:00Z"));

        assertThatThrownBy(() -> dates.requireDue(KeyDateKind.OBJECTION_WINDOW_END, early))
                .isInstanceOf(StepRefused.class).hasMessageContaining("not yet");
    }

    @Test
    void aDeadlineTheNewCalendarLeavesWhereItWasDoesNotMove() {
        KeyDate window = objectionWindowEndingOn(16);

        assertThat(dates.recompute(List.of(window), EVERY_DAY, secas)).isEmpty();
        assertThat(dates.history()).containsExactly(window);
    }

    @Test
    void aWindowHeldRunsTheWorkingDaysItStillHadFromTheDayItResumes() {
        KeyDate window = objectionWindowEndingOn(16);
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 16)));

        List<CaseDeadlines.HeldWindow> moved = dates.afterHold(List.of(window, earliest), LocalDate.of(2019, 10, 5),
                LocalDate.of(2019, 10, 10), EVERY_DAY, secas);

        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).daysLeft()).isEqualTo(11);
        assertThat(moved.get(0).to().dueDate()).isEqualTo(LocalDate.of(2019, 10, 21));
    }

    @Test
    void theEarliestImplementationFollowsTheHeldWindowItFollowed() {
        KeyDate window = objectionWindowEndingOn(16);
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 16)));

        List<CaseDeadlines.HeldWindow> moved = dates.afterHold(List.of(window, earliest), LocalDate.of(2019, 10, 5),
                LocalDate.of(2019, 10, 10), EVERY_DAY, secas);

        assertThat(moved.get(0).earliest()).map(Deadline::dueDate).contains(LocalDate.of(2019, 10, 22));
    }

    @Test
    void anEarliestImplementationBeforeTheWindowEndsStaysWhereItWas() {
        KeyDate window = objectionWindowEndingOn(16);
        computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, LocalDate.of(2019, 10, 9)));

        List<CaseDeadlines.HeldWindow> moved = dates.afterHold(List.of(window), LocalDate.of(2019, 10, 5),
                LocalDate.of(2019, 10, 10), EVERY_DAY, secas);

        assertThat(moved.get(0).earliest()).isEmpty();
    }

    @Test
    void aDateThatIsNotAWorkingDayCountDoesNotStandStillOnHold() {
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 16)));

        assertThat(dates.afterHold(List.of(earliest), LocalDate.of(2019, 10, 5), LocalDate.of(2019, 10, 10), EVERY_DAY,
                secas)).isEmpty();
    }

    @Test
    void aHoldResumedTheDayItBeganMovesNothing() {
        KeyDate window = objectionWindowEndingOn(16);

        assertThat(dates.afterHold(List.of(window), LocalDate.of(2019, 10, 5), LocalDate.of(2019, 10, 5), EVERY_DAY,
                secas)).isEmpty();
    }

    @Test
    void aHeldWindowAndTheEarliestDateItCarriesAreRecordedInForceInThatOrder() {
        KeyDate window = objectionWindowEndingOn(16);
        KeyDate earliest = computed(EVERY_DAY.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                LocalDate.of(2019, 10, 16)));

        dates.afterHold(List.of(window, earliest), LocalDate.of(2019, 10, 5), LocalDate.of(2019, 10, 10), EVERY_DAY,
                secas);

        assertThat(dates.history()).extracting(KeyDate::kind).containsExactly(KeyDateKind.OBJECTION_WINDOW_END,
                KeyDateKind.EARLIEST_IMPLEMENTATION, KeyDateKind.OBJECTION_WINDOW_END,
                KeyDateKind.EARLIEST_IMPLEMENTATION);
        assertThat(dates.inForce()).extracting(KeyDate::dueDate)
                .containsExactly(LocalDate.of(2019, 10, 21), LocalDate.of(2019, 10, 22));
    }

    @Test
    void aWindowHeldOnItsLastDayStillHasOneWorkingDayWhenItResumes() {
        KeyDate window = objectionWindowEndingOn(16);

        List<CaseDeadlines.HeldWindow> moved = dates.afterHold(List.of(window), LocalDate.of(2019, 10, 20),
                LocalDate.of(2019, 10, 25), EVERY_DAY, secas);

        assertThat(moved.get(0).daysLeft()).isEqualTo(1);
        assertThat(moved.get(0).to().dueDate()).isEqualTo(LocalDate.of(2019, 10, 26));
    }

    @Test
    void aWindowOpenedAfterTheHoldBeganDoesNotMove() {
        KeyDate window = objectionWindowEndingOn(16);

        assertThat(dates.afterHold(List.of(window), LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 2), EVERY_DAY,
                secas)).isEmpty();
    }
}
