package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.secgov.platform.security.Allowed;

/** An unanswered request at its due date (reminded), some Working Days later (escalated), and SECAS chasing it. */
@ApplicationScoped
@Transactional
public class OverdueRequests {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    RequestRecords requests;

    @Inject
    Clock clock;

    private InformationRequest request(long requestId) {
        return requests.request(requestId).orElseThrow(() -> new UnknownInvestigation("#" + requestId));
    }

    /** The due date of a request passed without an answer. */
    @Allowed(Allowed.SYSTEM)
    public void remind(long requestId) {
        InformationRequest q = request(requestId);
        InvestigationRecord r = recorder.record(q.investigationId());
        r.remind(q, recorder.partyName(q.partyId()), clock.instant())
                .ifPresent(e -> recorder.append(r.investigation(), e, false));
    }

    /** Still no answer some Working Days after the due date: SECAS chases it. */
    @Allowed(Allowed.SYSTEM)
    public void escalate(long requestId) {
        InformationRequest q = request(requestId);
        InvestigationRecord r = recorder.record(q.investigationId());
        r.escalate(q, recorder.partyName(q.partyId()), clock.instant())
                .ifPresent(e -> recorder.append(r.investigation(), e, false));
    }

    /** SECAS chased an overdue answer. */
    @Allowed("secas")
    public void chased(long requestId, String actor, String note) {
        InformationRequest q = request(requestId);
        InvestigationRecord r = recorder.record(q.investigationId());
        recorder.append(r.investigation(), r.chase(q, recorder.partyName(q.partyId()), note, actor, clock.instant()),
                false);
    }
}
