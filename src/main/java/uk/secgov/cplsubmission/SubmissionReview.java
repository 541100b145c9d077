package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.secgov.platform.security.Allowed;

/**
 * SECAS's review of a submission's open rows: a recommendation for each (and, under the Panel's delegation, the
 * decision), or the submission returned to its submitter with the reason.
 */
@ApplicationScoped
@Transactional
public class SubmissionReview {

    /** Where the review leaves the submission. */
    public enum Outcome {
        /** The Panel decides on SECAS's recommendations. */
        RECOMMENDED,
        /** SECAS decided under the Panel's delegation: the register is updated without the Panel. */
        DELEGATED,
        /** Returned to the submitter: it ends rejected. */
        RETURNED
    }

    @Inject
    SubmissionRecorder recorder;

    @Inject
    CplSubmissions submissions;

    /** A recommendation, with its reason, for every open row; refused whole, changing nothing, if one is missing. */
    @Allowed(Allowed.SYSTEM)
    public Outcome recommend(long submissionId, String actor, Map<Integer, RowChoice> choices) {
        SubmissionRecord record = recorder.load(submissionId);
        SubmissionRecord.Appended reviewed = record.review(choices, submissions.currentDelegation(), actor,
                recorder.now());
        recorder.append(record, reviewed);
        return reviewed.decidedUnderDelegation() ? Outcome.DELEGATED : Outcome.RECOMMENDED;
    }

    @Allowed(Allowed.SYSTEM)
    public Outcome returnToSubmitter(long submissionId, String actor, String reason) {
        SubmissionRecord record = recorder.load(submissionId);
        recorder.append(record, record.returnToSubmitter(reason, actor, recorder.now()));
        return Outcome.RETURNED;
    }
}
