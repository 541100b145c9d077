package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.secgov.platform.security.Allowed;

/**
 * A submission's rows in conflict with the CPL: announced for Hash conflict investigations ({@link RowsConflict}),
 * and, once every one is decided there, the rows left go to SECAS's review.
 */
@ApplicationScoped
@Transactional
public class SubmissionConflicts {

    @Inject
    SubmissionRecorder recorder;

    @Inject
    Event<RowsConflict> conflicts;

    /** The rows the rules found in conflict each go under a Hash conflict investigation (they open or join one). */
    @Allowed(Allowed.SYSTEM)
    public void openInvestigations(long submissionId) {
        conflicts.fire(new RowsConflict(submissionId, recorder.load(submissionId).conflictingRows()));
    }

    /**
     * Every conflicting row has its investigation's decision: the rows left (without a conflict) go to
     * SECAS's review.
     *
     * @return whether any row is left to review
     */
    @Allowed(Allowed.SYSTEM)
    public boolean conflictsDecided(long submissionId) {
        SubmissionRecord record = recorder.load(submissionId);
        int left = record.openRows().size();
        if (left > 0) {
            recorder.append(record, SubmissionEvent.of(submissionId, recorder.now(), SubmissionStatus.AWAITING_REVIEW,
                    SubmissionEvent.SYSTEM, "The Hash conflicts are decided; " + left + " other row(s) for SECAS to"
                            + " review."));
        }
        return left > 0;
    }
}
