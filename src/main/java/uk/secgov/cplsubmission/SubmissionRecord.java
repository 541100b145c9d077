package uk.secgov.cplsubmission;

import java.time.Instant;
import java.util.List;

/**
 * A submission with everything added to it, read whole: where it stands, and the steps it still allows. A step is a
 * guarded verb that refuses with {@link SubmissionRefused} (saying where the submission is) or returns the record to
 * append; it changes nothing itself.
 */
public record SubmissionRecord(CplSubmission submission, List<SubmissionEvent> events, List<RowDecision> decisions) {

    public SubmissionRecord {
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }

    /** The newest status recorded; received until something is. */
    public SubmissionStatus status() {
        return events.isEmpty() ? SubmissionStatus.RECEIVED : events.get(events.size() - 1).status();
    }

    /** Whether the Panel (or SECAS under its delegation) has decided any row. */
    public boolean isDecided() {
        return decisions.stream().anyMatch(d -> d.stage() == RowDecision.Stage.DECISION
                || d.stage() == RowDecision.Stage.DELEGATED_DECISION);
    }

    /** The submitter withdraws it, with an optional reason: refused once it is rejected, completed, withdrawn or decided. */
    public SubmissionEvent withdraw(String actor, String reason, Instant at) {
        SubmissionStatus status = status();
        if (status.isFinal() || isDecided()) {
            throw new SubmissionRefused("Submission " + submission.reference() + " can no longer be withdrawn: it is "
                    + status.label().toLowerCase() + ".");
        }
        return SubmissionEvent.of(submission.id(), at, SubmissionStatus.WITHDRAWN, actor, "Withdrawn by the submitter"
                + (reason == null || reason.isBlank() ? "." : ": " + reason.strip()));
    }
}
