package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** What can happen to any open case: withdrawal (and adoption), on hold, superseded; and a dated update. */
@ApplicationScoped
@Transactional
public class CaseInterruptions {

    @Inject
    CaseRecorder recorder;

    @Inject
    Modifications modifications;

    @Inject
    Deadlines deadlines;

    @Inject
    LifecycleSettings settings;

    public CaseInterruptions() {
    }

    public CaseInterruptions(CaseRecorder recorder, Modifications modifications, Deadlines deadlines,
            LifecycleSettings settings) {
        this.recorder = recorder;
        this.modifications = modifications;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    public Modification withdraw(String reference, String reason, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.withdraw(reason, on, deadlines, settings, by));
    }

    public Modification adopt(String reference, Proposer adopter, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.adopt(adopter, on, by));
    }

    public Modification putOnHold(String reference, String reason, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.putOnHold(reason, on, by));
    }

    public Modification resume(String reference, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.resume(on, by));
    }

    public Modification supersede(String reference, String successor, String reason, LocalDate on, String actor) {
        ModificationReference other = ModificationReference.parse(successor);
        ModificationReference known = modifications.byReference(other).map(Modification::reference).orElseThrow(() ->
                new InvalidModificationRequest("supersededBy", "There is no case " + other + "."));
        return recorder.record(reference, actor, (m, by) -> m.supersede(known, reason, on, by));
    }

    public Modification recordUpdate(String reference, String text, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordUpdate(text, on, by));
    }
}
