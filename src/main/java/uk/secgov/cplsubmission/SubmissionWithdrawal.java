package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.platform.security.Allowed;

/**
 * The submitting party's users withdraw a submission before its decision, with their reason; its process ends and
 * investigations of its rows go on without them ({@link SubmissionWithdrawn}).
 */
@ApplicationScoped
@Transactional
public class SubmissionWithdrawal {

    @Inject
    CplSubmissions submissions;

    @Inject
    SubmissionRecorder recorder;

    @Inject
    SubmissionWorkflow workflow;

    @Inject
    Event<SubmissionWithdrawn> withdrawals;

    /** A submission the viewer may not see is reported as unknown; one of another party's is refused. */
    @Allowed({"supplier", "dcc"})
    public void withdraw(SubmissionViewer viewer, String reference, String reason) {
        CplSubmission s = submissions.visibleTo(viewer, reference)
                .orElseThrow(() -> new UnknownSubmission(reference));
        if (reason == null || reason.isBlank()) {
            throw new InvalidCplRequest("reason", "Say why the submission is withdrawn.");
        }
        if (viewer.submittingPartyId() == null || viewer.submittingPartyId() != s.submittingPartyId()) {
            throw new SubmissionRefused("Only the party that submitted " + reference + " can withdraw it.");
        }
        SubmissionRecord record = recorder.load(s.id());
        recorder.append(record, record.withdraw(viewer.username(), reason, recorder.now()));
        withdrawals.fire(new SubmissionWithdrawn(s.id(), s.reference(), viewer.username()));
        workflow.withdraw(s);
    }
}
