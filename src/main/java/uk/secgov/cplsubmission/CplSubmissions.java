package uk.secgov.cplsubmission;

import java.util.List;
import java.util.Optional;

/** The stored submissions and everything added to them (nothing is ever changed or removed). */
public interface CplSubmissions {

    /** The next submission number, never handed out twice (a database sequence). */
    long nextNumber();

    CplSubmission add(CplSubmission submission);

    SubmissionEvent add(SubmissionEvent event);

    SubmittedRow add(SubmittedRow row);

    RowDecision add(RowDecision decision);

    PanelDelegation add(PanelDelegation delegation);

    Optional<CplSubmission> byId(long id);

    Optional<CplSubmission> byReference(String reference);

    /** Oldest first. */
    List<SubmissionEvent> events(long submissionId);

    /** The newest event of each of these submissions, by submission id. */
    java.util.Map<Long, SubmissionEvent> latestEvents(java.util.Collection<Long> submissionIds);

    /** In form order. */
    List<SubmittedRow> rows(long submissionId);

    Optional<SubmittedRow> row(long rowId);

    /** Oldest first, for every row of the submission. */
    List<RowDecision> decisions(long submissionId);

    Optional<PanelDelegation> currentDelegation();

    /** Newest first, only those the viewer may see. */
    List<CplSubmission> visible(SubmissionViewer viewer, int first, int size);

    long countVisible(SubmissionViewer viewer);

    boolean isVisible(SubmissionViewer viewer, long submissionId);

    /** The submission with this reference if the viewer may see it: empty alike if it does not exist. */
    default Optional<CplSubmission> visibleTo(SubmissionViewer viewer, String reference) {
        return byReference(reference == null ? "" : reference).filter(s -> isVisible(viewer, s.id()));
    }
}
