package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import uk.secgov.calendar.WorkingDayCalendarChanged;
import uk.secgov.platform.security.Allowed;

/**
 * The Working Day calendar changed: each running deadline is computed again, in the transaction that
 * records the change (the calendar's contract); each one that moved is recorded on its case, and the
 * process's timer follows it.
 */
@ApplicationScoped
public class DeadlineRecalculation {

    @Inject
    Modifications modifications;

    @Inject
    Deadlines deadlines;

    @Inject
    CaseRecorder recorder;

    @Inject
    Event<DeadlineMoved> moved;

    public DeadlineRecalculation() {
    }

    public DeadlineRecalculation(Modifications modifications, Deadlines deadlines, CaseRecorder recorder,
            Event<DeadlineMoved> moved) {
        this.modifications = modifications;
        this.deadlines = deadlines;
        this.recorder = recorder;
        this.moved = moved;
    }

    @Allowed(Allowed.SYSTEM)
    public void calendarChanged(@Observes WorkingDayCalendarChanged change) {
        String why = change.why();
        Modification.Actor actor = new Modification.Actor(change.recordedBy(), change.recordedAt());
        for (Modification m : modifications.withRunningDeadlines()) {
            int before = m.timeline().size();
            for (Deadline d : m.recomputeDeadlines(deadlines, why, actor)) {
                moved.fire(new DeadlineMoved(m.id(), d.kind(), d.due().toInstant()));
            }
            m.timeline().subList(before, m.timeline().size()).forEach(e -> recorder.announce(m, e));
        }
    }
}
