package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.NewAssociations;
import uk.secgov.platform.security.Allowed;

/**
 * Records what a Hash conflict investigation decided on the submissions' own records: each row's outcome, the
 * association a replacing row adds to the CPL (the next step of the entry's history), and a line on each
 * submission's timeline; then tells each waiting submission that its rows are decided.
 */
@ApplicationScoped
@Transactional
public class InvestigationOutcomes {

    @Inject
    CplSubmissions submissions;

    @Inject
    NewAssociations register;

    @Inject
    Clock clock;

    @Inject
    Event<ConflictRowsDecided> rowsDecided;

    public InvestigationOutcomes() {
    }

    public InvestigationOutcomes(CplSubmissions submissions, NewAssociations register, Clock clock,
            Event<ConflictRowsDecided> rowsDecided) {
        this.submissions = submissions;
        this.register = register;
        this.clock = clock;
        this.rowsDecided = rowsDecided;
    }

    @Allowed(Allowed.SYSTEM)
    public void decided(@Observes InvestigationDecided decision) {
        Instant now = clock.instant();
        Map<String, List<Long>> decidedRows = new LinkedHashMap<>();
        for (InvestigationDecided.Ruling ruling : decision.rulings()) {
            SubmittedRow row = submissions.row(ruling.rowId()).orElseThrow();
            CplSubmission s = submissions.byId(row.submissionId()).orElseThrow();
            RowDecision d = submissions.add(RowDecision.of(row.id(), now, RowDecision.Stage.INVESTIGATION,
                    ruling.replaces() ? RowOutcome.REPLACED : RowOutcome.RETAINED, decision.actor(), ruling.reason()));
            if (ruling.replaces()) {
                DeviceModel model = register.model(row.key()).orElseGet(() -> register.add(DeviceModel.listed(row, now)));
                register.add(HashAssociation.following(register.current(model.id()), model.id(),
                        row.imageHash(), now, s.id(), d.id(), decision.actor(), decision.rationale()));
            }
            submissions.add(SubmissionEvent.of(s.id(), now, SubmissionStatus.UNDER_INVESTIGATION,
                    SubmissionEvent.SYSTEM, ruling.summary()));
            decidedRows.computeIfAbsent(s.reference(), k -> new ArrayList<>()).add(row.id());
        }
        decidedRows.forEach((reference, rowIds) -> rowsDecided.fire(new ConflictRowsDecided(reference, rowIds)));
    }
}
