package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.modification.ModificationFixtures.panelVotes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.secgov.calendar.WorkingDayCalendar;

/** A change to the Working Day calendar moves the open deadlines it affects, and only those, on record. */
class DeadlineRecalculationTest {

    private final ModificationFixtures f = new ModificationFixtures();

    @Test
    void aProclaimedHolidayInsideAnOpenWindowMovesItsEndAndTheEarliestImplementationDate() {
        Modification open = f.fastTrack(null, "Open window", LocalDate.of(2019, 9, 30));
        f.decisions.fastTrackDecision(open.reference().toString(), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE),
                "secas");
        Modification closed = f.fastTrack(null, "Closed window", LocalDate.of(2019, 9, 30));
        f.decisions.fastTrackDecision(closed.reference().toString(), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE),
                "secas");
        f.windows.closeObjectionWindow(closed.id());
        int closedTimeline = closed.timeline().size();

        f.calendars.administration().addHoliday(LocalDate.of(2019, 10, 21), "Special holiday", "Proclaimed", "admin");

        KeyDate end = open.current(KeyDateKind.OBJECTION_WINDOW_END).orElseThrow();
        assertThat(end.due()).isEqualTo(LocalDate.of(2019, 11, 4).atTime(17, 0).atZone(WorkingDayCalendar.UK));
        assertThat(end.explanation()).contains("Mon 21/10/2019 (holiday added by override #1: Special holiday)");
        assertThat(end.recordedBy()).isEqualTo("admin");
        assertThat(open.earliestImplementation()).contains(LocalDate.of(2019, 11, 5));
        assertThat(open.timeline()).filteredOn(e -> e.kind() == TimelineKind.DEADLINE_MOVED).hasSize(2);
        assertThat(f.deadlineMoved.fired).extracting(DeadlineMoved::kind)
                .containsExactly(KeyDateKind.OBJECTION_WINDOW_END, KeyDateKind.EARLIEST_IMPLEMENTATION);
        assertThat(closed.timeline()).as("a window already closed is history").hasSize(closedTimeline);
        assertThat(closed.earliestImplementation()).contains(LocalDate.of(2019, 11, 4));
    }

    @Test
    void aChangeOutsideEveryOpenWindowRecordsNothing() {
        Modification open = f.fastTrack(null, "Open window", LocalDate.of(2019, 9, 30));
        f.decisions.fastTrackDecision(open.reference().toString(), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE),
                "secas");
        int before = open.timeline().size();

        f.calendars.administration().addHoliday(LocalDate.of(2019, 12, 2), "Special holiday", "Proclaimed", "admin");

        assertThat(open.timeline()).hasSize(before);
        assertThat(f.deadlineMoved.fired).isEmpty();
    }
}
