package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import uk.secgov.cpl.FormError;
import uk.secgov.cpl.InvalidForm;
import uk.secgov.cpl.SubmissionForm;
import uk.secgov.cpl.SubmissionFormReader;
import uk.secgov.platform.security.Allowed;
import uk.secgov.signature.SignatureVerification;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.VerificationReport;

/**
 * Appendix Z 4.3(a): the form is read and its signatures verified; a verified submission keeps its rows. Without a
 * current CRL SECAS may verify again later, or reject it.
 */
@ApplicationScoped
@Transactional
public class SubmissionVerification {

    /** After verification. */
    public enum Verification {
        INVALID_FORM, FAILED, TRY_LATER, PASSED
    }

    private final SubmissionFormReader reader = new SubmissionFormReader();

    @Inject
    SubmissionRecorder recorder;

    @Inject
    CplSubmissions submissions;

    @Inject
    SignatureVerification verification;

    /** Reads the form and verifies the signatures; keeps the rows and the report. */
    @Allowed(Allowed.SYSTEM)
    public Verification verify(long submissionId) {
        SubmissionRecord record = recorder.load(submissionId);
        CplSubmission s = record.submission();
        byte[] form = s.formBytes();
        SubmissionForm read;
        try {
            read = reader.read(form);
        } catch (InvalidForm invalid) {
            reject(record, "The form cannot be accepted: " + invalid.errors().stream().map(FormError::describe)
                    .collect(Collectors.joining(" ")));
            return Verification.INVALID_FORM;
        }
        VerificationReport report = verification.verifyAndRecord(s.reference(), form, s.signatureBytes(),
                new Expectations(read.imageCreatorManufacturerId(), s.submittingPartyId(), read.dccMustEndorse()));
        if (report.isTryLater()) {
            recorder.append(record, SubmissionEvent.of(s.id(), recorder.now(), SubmissionStatus.RECEIVED,
                    SubmissionEvent.SYSTEM, "The signatures could not be verified yet: " + report.summary()
                            + " SECAS will verify them again."));
            return Verification.TRY_LATER;
        }
        if (!report.isPassed()) {
            reject(record, "Appendix Z 4.3(a) is not met. " + report.summary());
            return Verification.FAILED;
        }
        if (record.rows().isEmpty()) {
            read.rows().forEach(row -> submissions.add(SubmittedRow.of(submissionId, row)));
        }
        return Verification.PASSED;
    }

    /** SECAS gave up waiting for a current CRL: the submission ends rejected, with SECAS's reason. */
    @Allowed(Allowed.SYSTEM)
    public void reject(long submissionId, String actor, String reason) {
        SubmissionRecord record = recorder.load(submissionId);
        recorder.append(record, SubmissionEvent.of(submissionId, recorder.now(), SubmissionStatus.REJECTED, actor,
                reason));
    }

    private void reject(SubmissionRecord record, String reason) {
        recorder.append(record, SubmissionEvent.of(record.submission().id(), recorder.now(), SubmissionStatus.REJECTED,
                SubmissionEvent.SYSTEM, reason));
    }
}
