package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import uk.secgov.cpl.NamedFile;
import uk.secgov.platform.security.Allowed;
import uk.secgov.signature.InvalidSignatureMaterial;

/**
 * Receives a submission from a Supplier or the DCC: the two files are stored exactly as they came,
 * with their SHA-256, and the process started, in one transaction; everything else (reading the
 * form, verifying signatures, the rules) happens afterwards in the process, so nothing accepted is
 * lost if the server stops.
 */
@ApplicationScoped
public class SubmissionIntake {

    @Inject
    CplSubmissions submissions;

    @Inject
    SubmissionWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<SubmissionStatusChanged> changes;

    @Transactional
    @Allowed({"supplier", "dcc"})
    public CplSubmission receive(long submittingPartyId, String submittedBy, NamedFile form, NamedFile signature) {
        if (form.bytes().length == 0) {
            throw new InvalidSignatureMaterial("form", "The form file is empty.");
        }
        if (signature.bytes().length == 0) {
            throw new InvalidSignatureMaterial("signature", "The signature file is empty.");
        }
        Instant now = clock.instant();
        CplSubmission submission = submissions.add(CplSubmission.received(submissions.nextNumber(), submittingPartyId,
                submittedBy, now, form, signature));
        submissions.add(SubmissionEvent.of(submission.id(), now, SubmissionStatus.RECEIVED, submittedBy,
                "Received " + form.name() + " (SHA-256 " + form.sha256() + ") and " + signature.name()
                        + " (SHA-256 " + signature.sha256() + ")."));
        workflow.start(submission);
        changes.fire(new SubmissionStatusChanged(submission.id(), submission.reference(), SubmissionStatus.RECEIVED,
                "The checks of its form and signatures have started."));
        return submission;
    }
}
