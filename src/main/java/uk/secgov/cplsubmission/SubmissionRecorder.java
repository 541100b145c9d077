package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way the submission's services change a submission: load it whole, append what one of its verbs returned,
 * and announce its new status (fired in the transaction that records it). It takes part in the calling use case's
 * transaction and authority check, and decides nothing itself.
 */
@ApplicationScoped
public class SubmissionRecorder {

    @Inject
    CplSubmissions submissions;

    @Inject
    Event<SubmissionStatusChanged> changes;

    @Inject
    Clock clock;

    public SubmissionRecorder() {
    }

    public SubmissionRecorder(CplSubmissions submissions, Event<SubmissionStatusChanged> changes, Clock clock) {
        this.submissions = submissions;
        this.changes = changes;
        this.clock = clock;
    }

    public SubmissionRecord load(long submissionId) {
        CplSubmission submission = submissions.byId(submissionId)
                .orElseThrow(() -> new UnknownSubmission(String.valueOf(submissionId)));
        return new SubmissionRecord(submission, submissions.events(submissionId), submissions.rows(submissionId),
                submissions.decisions(submissionId));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The step's row decisions, then its event, if it has one. */
    public void append(SubmissionRecord record, SubmissionRecord.Appended step) {
        step.decisions().forEach(submissions::add);
        step.event().ifPresent(event -> append(record, event));
    }

    /**
     * An investigation's outcomes on the rows, then their lines on the timeline; the stored outcomes (with their ids,
     * which a new association names). The status does not change, so nothing is announced here.
     */
    public List<RowDecision> append(SubmissionRecord.Investigated step) {
        List<RowDecision> stored = step.decisions().stream().map(submissions::add).toList();
        step.notes().forEach(submissions::add);
        return stored;
    }

    public void append(SubmissionRecord record, SubmissionEvent event) {
        submissions.add(event);
        changes.fire(new SubmissionStatusChanged(record.submission().id(), record.submission().reference(),
                event.status(), event.note().orElse(null)));
    }
}
