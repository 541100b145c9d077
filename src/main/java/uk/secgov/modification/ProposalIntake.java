package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.secgov.party.Directory;
import uk.secgov.party.Role;
import uk.secgov.party.UserAccount;
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

    @Inject
    Directory directory;

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
        refuseSomeoneElse(request.proposer(), actor);
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

    /**
     * A Party's user raises a Draft Proposal for their own Party and as themselves; only SECAS and the
     * Panel record one for another Party or person. (Without a directory, in unit tests, nobody is checked.)
     */
    private void refuseSomeoneElse(Proposer proposer, String actor) {
        UserAccount me = directory == null ? null : directory.user(actor).orElse(null);
        if (me == null || proposer == null || me.roles().contains(Role.SECAS) || me.roles().contains(Role.PANEL)) {
            return;
        }
        if (!me.party().id().equals(proposer.partyId())) {
            throw new InvalidModificationRequest("proposerPartyId", "You raise a Draft Proposal for your own Party, "
                    + me.party().name() + ".");
        }
        if (!proposer.person().equalsIgnoreCase(me.displayName().strip())) {
            throw new InvalidModificationRequest("proposerPerson", "You raise a Draft Proposal as yourself ("
                    + me.displayName() + "); SECAS records one raised by someone else.");
        }
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
