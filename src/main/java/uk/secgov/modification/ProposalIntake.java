package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.secgov.platform.security.Allowed;

/** Raising a case: a Draft Proposal (any Party, or SECAS recording one), or a Fast-Track (the Panel only). */
@ApplicationScoped
@Transactional
public class ProposalIntake {

    /** A new case: {@code reference} may be null for the next DP number. */
    public record NewCase(String reference, CaseContent content, Proposer proposer, LocalDate raisedOn,
            Classification classification, String alternativeOf) {
    }

    @Inject
    CaseRecorder recorder;

    @Inject
    Modifications modifications;

    @Inject
    Deadlines deadlines;

    @Inject
    LifecycleSettings settings;

    public ProposalIntake() {
    }

    public ProposalIntake(CaseRecorder recorder, Modifications modifications, Deadlines deadlines,
            LifecycleSettings settings) {
        this.recorder = recorder;
        this.modifications = modifications;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    @Allowed({"secas", "panel", "supplier", "dcc"})
    public Modification raiseDraft(NewCase request, String actor) {
        Modification.Actor by = recorder.actor(actor);
        ModificationReference reference = request.reference() == null || request.reference().isBlank()
                ? new ModificationReference(ModificationReference.Kind.DRAFT, modifications.nextDraftNumber())
                : ModificationReference.parse(request.reference());
        refuseTaken(reference);
        ModificationReference alternativeOf = alternativeOf(request.alternativeOf());
        return recorder.raise(Modification.raiseDraft(reference, request.content(), request.proposer(),
                request.raisedOn() == null ? by.today() : request.raisedOn(), request.classification(), alternativeOf,
                deadlines, settings, by));
    }

    @Allowed({"secas", "panel"})
    public Modification raiseFastTrack(NewCase request, String actor) {
        Modification.Actor by = recorder.actor(actor);
        ModificationReference reference = request.reference() == null || request.reference().isBlank()
                ? new ModificationReference(ModificationReference.Kind.PROPOSAL, modifications.nextDraftNumber())
                : ModificationReference.parse(request.reference());
        refuseTaken(reference);
        return recorder.raise(Modification.raiseFastTrack(reference, request.content(), request.proposer(),
                request.raisedOn() == null ? by.today() : request.raisedOn(), request.classification(), by));
    }

    private void refuseTaken(ModificationReference reference) {
        modifications.byReference(reference).ifPresent(m -> {
            throw new InvalidModificationRequest("reference", reference + " is already taken by " + m.reference()
                    + " '" + m.title() + "'.");
        });
    }

    private ModificationReference alternativeOf(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        ModificationReference parent = ModificationReference.parse(reference);
        return modifications.byReference(parent).map(Modification::reference).orElseThrow(() ->
                new InvalidModificationRequest("alternativeOf", "There is no case " + parent + " to be an alternative of."));
    }
}
