package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.InformationRequests;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.hashconflict.OverdueRequests;
import uk.secgov.hashconflict.PanelDecisions;
import uk.secgov.inbox.InboxCaller;

/** The service tasks and expressions of {@code hash-conflict-investigation}: each calls one step. */
@Named("conflictSteps")
@ApplicationScoped
public class ConflictSteps {

    @Inject
    PanelDecisions decisions;

    @Inject
    OverdueRequests overdue;

    @Inject
    InformationRequests requests;

    public ConflictSteps() {
    }

    ConflictSteps(PanelDecisions decisions, OverdueRequests overdue, InformationRequests requests) {
        this.decisions = decisions;
        this.overdue = overdue;
        this.requests = requests;
    }

    public void applyDecision(Long investigationId) {
        decisions.applyDecision(investigationId);
    }

    public void remind(Long requestId) {
        overdue.remind(requestId);
    }

    public void escalate(Long requestId) {
        overdue.escalate(requestId);
    }

    /** The request's task goes to the asked party's own users in their role ({@code supplier@12}). */
    public String requestGroup(Long requestId) {
        InformationRequest q = requests.request(requestId).orElseThrow(() -> new UnknownInvestigation("#" + requestId));
        return InboxCaller.organisationGroup(requests.answeringRole(q.partyId()).groupName(), q.partyId());
    }
}
