package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.secgov.platform.security.Allowed;

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

    @Inject
    Event<DeadlineMoved> deadlineMoved;

    public CaseInterruptions() {
    }

    public CaseInterruptions(CaseRecorder recorder, Modifications modifications, Deadlines deadlines,
            LifecycleSettings settings, Event<DeadlineMoved> deadlineMoved) {
        this.recorder = recorder;
        this.modifications = modifications;
        this.deadlines = deadlines;
        this.settings = settings;
        this.deadlineMoved = deadlineMoved;
    }

    @Allowed({"secas", "supplier", "dcc"})
    public Modification withdraw(String reference, String reason, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.withdraw(reason, on, deadlines, settings, by));
    }

    /**
     * The Proposer withdraws, as {@code by}: SECAS records it for them, or a user of the proposing Party
     * does it; anyone else is refused ({@link NotTheProposer}), and a case they may not see does not exist.
     */
    @Allowed({"secas", "supplier", "dcc"})
    public Modification withdraw(String reference, Viewer by, String reason, LocalDate on) {
        Modification m = visible(reference, by);
        if (!by.has("secas") && !by.proposes(m)) {
            throw new NotTheProposer(m.reference() + " was raised by " + m.proposer().partyName() + ": only a user of"
                    + " that Party, or SECAS on its behalf, can withdraw it.");
        }
        return withdraw(reference, reason, on, by.username());
    }

    /**
     * Another Party adopts a withdrawn case, as {@code by}: SECAS records it for any Party; a Party's
     * user adopts it only for their own Party.
     */
    @Allowed({"secas", "supplier", "dcc"})
    public Modification adopt(String reference, Viewer by, Proposer adopter, LocalDate on) {
        visible(reference, by);
        if (!by.has("secas") && (by.partyId() == null || adopter == null || !by.partyId().equals(adopter.partyId()))) {
            throw new NotTheProposer("A Party's user adopts a withdrawn proposal for their own Party only.");
        }
        return adopt(reference, adopter, on, by.username());
    }

    private Modification visible(String reference, Viewer by) {
        Modification m = recorder.find(reference);
        if (!by.sees(m)) {
            throw new UnknownModification(m.reference().toString());
        }
        return m;
    }

    @Allowed({"secas", "supplier", "dcc"})
    public Modification adopt(String reference, Proposer adopter, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.adopt(adopter, on, by));
    }

    @Allowed("secas")
    public Modification putOnHold(String reference, String reason, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.putOnHold(reason, on, by));
    }

    /**
     * Resumes a case put on hold. Its Working Day windows stood still while it was on hold (the process
     * suspends their timers); they run again with the Working Days they had left, and each timer moves.
     */
    @Allowed("secas")
    public Modification resume(String reference, LocalDate on, String actor) {
        List<Deadline> moved = new ArrayList<>();
        Modification m = recorder.record(reference, actor, (c, by) -> {
            Modification.Resumption resumption = c.resume(on, deadlines, by);
            moved.addAll(resumption.moved());
            return resumption.event();
        });
        moved.forEach(d -> deadlineMoved.fire(new DeadlineMoved(m.id(), d.kind(), d.due().toInstant())));
        return m;
    }

    @Allowed("secas")
    public Modification supersede(String reference, String successor, String reason, LocalDate on, String actor) {
        ModificationReference other = ModificationReference.parse(successor);
        ModificationReference known = modifications.byReference(other).map(Modification::reference).orElseThrow(() ->
                new InvalidModificationRequest("supersededBy", "There is no case " + other + "."));
        return recorder.record(reference, actor, (m, by) -> m.supersede(known, reason, on, by));
    }

    @Allowed("secas")
    public Modification recordUpdate(String reference, String text, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordUpdate(text, on, by));
    }
}
