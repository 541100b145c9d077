package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.party.Directory;
import uk.secgov.platform.security.Allowed;
import uk.secgov.signature.SignatureVerification;
import uk.secgov.signature.VerificationReport;

/**
 * Submissions as their viewers see them: the list, one submission with its rows, their outcomes, the
 * verification reports and the timeline, and the rows open for review or decision. A submission the viewer
 * may not see is reported exactly as one that does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubmissionQueries {

    /** A row with what has happened to it, newest last. */
    public record RowView(SubmittedRow row, RowOutcome outcome, List<RowDecision> history) {
    }

    /** Everything about one submission its viewer may see. */
    public record SubmissionView(CplSubmission submission, String submittingParty, SubmissionStatus status,
            List<RowView> rows, List<SubmissionEvent> timeline, List<VerificationReport> reports) {

        public Optional<VerificationReport> latestReport() {
            return reports.stream().findFirst();
        }

        public Instant lastChanged() {
            return timeline.isEmpty() ? submission.receivedAt() : timeline.get(timeline.size() - 1).at();
        }
    }

    /** A line of the list. */
    public record SubmissionLine(CplSubmission submission, String submittingParty, SubmissionStatus status,
            Instant lastChanged) {
    }

    @Inject
    CplSubmissions submissions;

    @Inject
    SignatureVerification verification;

    @Inject
    SubmissionWorkflow workflow;

    @Inject
    SubmissionRecorder recorder;

    @Inject
    Directory directory;

    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public List<SubmissionLine> page(SubmissionViewer viewer, int first, int size) {
        List<CplSubmission> page = submissions.visible(viewer, first, size);
        Map<Long, SubmissionEvent> latest = submissions.latestEvents(page.stream().map(CplSubmission::id).toList());
        return page.stream().map(s -> new SubmissionLine(s, partyName(s), latest.get(s.id()).status(),
                latest.get(s.id()).at())).toList();
    }

    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public long count(SubmissionViewer viewer) {
        return submissions.countVisible(viewer);
    }

    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public SubmissionView view(SubmissionViewer viewer, String reference) {
        CplSubmission s = visible(viewer, reference);
        List<SubmissionEvent> events = submissions.events(s.id());
        Map<Long, List<RowDecision>> byRow = new LinkedHashMap<>();
        submissions.decisions(s.id()).forEach(d -> byRow.computeIfAbsent(d.rowId(), k -> new java.util.ArrayList<>())
                .add(d));
        List<RowView> rows = submissions.rows(s.id()).stream().map(r -> {
            List<RowDecision> history = byRow.getOrDefault(r.id(), List.of());
            RowOutcome outcome = history.isEmpty() ? RowOutcome.PENDING : currentOutcome(history);
            return new RowView(r, outcome, history);
        }).toList();
        return new SubmissionView(s, partyName(s), events.get(events.size() - 1).status(), rows, events,
                verification.reportsOf(s.reference()));
    }

    /** The decision if there is one, else the rules' outcome (a recommendation is not an outcome). */
    private static RowOutcome currentOutcome(List<RowDecision> history) {
        RowOutcome outcome = RowOutcome.PENDING;
        for (RowDecision d : history) {
            if (d.stage() != RowDecision.Stage.RECOMMENDATION) {
                outcome = d.outcome();
            }
        }
        return outcome;
    }

    /** The process diagram of a submission the viewer may see, with its current steps. */
    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public SubmissionWorkflow.Diagram diagram(SubmissionViewer viewer, String reference) {
        return workflow.diagram(visible(viewer, reference));
    }

    /** The rows still open for SECAS's review or the Panel's decision, in form order, with their rule outcome. */
    @Allowed({"secas", "panel"})
    public Map<SubmittedRow, RowOutcome> openRows(long submissionId) {
        return recorder.load(submissionId).openRows();
    }

    private CplSubmission visible(SubmissionViewer viewer, String reference) {
        return submissions.visibleTo(viewer, reference).orElseThrow(() -> new UnknownSubmission(reference));
    }

    private String partyName(CplSubmission s) {
        return directory.party(s.submittingPartyId()).map(p -> p.name()).orElse("party " + s.submittingPartyId());
    }
}
