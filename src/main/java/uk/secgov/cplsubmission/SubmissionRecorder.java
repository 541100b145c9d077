package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

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

    public void append(SubmissionRecord record, SubmissionEvent event) {
        submissions.add(event);
        changes.fire(new SubmissionStatusChanged(record.submission().id(), record.submission().reference(),
                event.status(), event.note().orElse(null)));
    }
}
