package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.secgov.hashconflict.HashConflicts;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.inbox.InboxCaller;

/** The service tasks and expressions of {@code hash-conflict-investigation}: each calls one step. */
@Named("conflictSteps")
@ApplicationScoped
public class ConflictSteps {

    @Inject
    HashConflicts conflicts;

    public ConflictSteps() {
    }

    ConflictSteps(HashConflicts conflicts) {
        this.conflicts = conflicts;
    }

    public void applyDecision(Long investigationId) {
        conflicts.applyDecision(investigationId);
    }

    public void remind(Long requestId) {
        conflicts.remind(requestId);
    }

    public void escalate(Long requestId) {
        conflicts.escalate(requestId);
    }

    /** The request's task goes to the asked party's own users in their role ({@code supplier@12}). */
    public String requestGroup(Long requestId) {
        InformationRequest q = conflicts.request(requestId).orElseThrow(() -> new UnknownInvestigation("#" + requestId));
        return InboxCaller.organisationGroup(conflicts.answeringRole(q.partyId()).groupName(), q.partyId());
    }
}
