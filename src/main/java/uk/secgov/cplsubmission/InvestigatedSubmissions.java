package uk.secgov.cplsubmission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a Hash conflict investigation reads of the submissions whose rows it decides: the submission, its rows, and
 * which of them their submitters withdrew. Read only; the investigations write nothing of the submissions' (their
 * outcomes come back as {@link InvestigationDecided}). Owned here, so that {@code hashconflict} needs no more of the
 * submissions than this.
 */
public interface InvestigatedSubmissions {

    Optional<CplSubmission> submission(long submissionId);

    Optional<SubmittedRow> row(long rowId);

    /** In form order. */
    List<SubmittedRow> rows(long submissionId);

    /** Those of these submissions that their submitters withdrew. */
    Set<Long> withdrawn(Collection<Long> submissionIds);
}
