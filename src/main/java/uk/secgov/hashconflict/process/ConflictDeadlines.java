package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.InformationRequests;
import uk.secgov.hashconflict.UnknownInvestigation;

/**
 * {@code ${conflictDeadlines.due(requestId)}}: a request's timers wait for the dates computed in Working
 * Days when it was asked (never a fixed duration).
 */
@Named("conflictDeadlines")
@ApplicationScoped
public class ConflictDeadlines {

    @Inject
    InformationRequests requests;

    public ConflictDeadlines() {
    }

    ConflictDeadlines(InformationRequests requests) {
        this.requests = requests;
    }

    private InformationRequest request(Object requestId) {
        long id = ((Number) requestId).longValue();
        return requests.request(id).orElseThrow(() -> new UnknownInvestigation("#" + id));
    }

    public Date due(Object requestId) {
        return Date.from(request(requestId).dueAt());
    }

    public Date escalation(Object requestId) {
        return Date.from(request(requestId).escalateAt());
    }
}
