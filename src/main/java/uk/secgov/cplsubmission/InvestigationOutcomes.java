package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
 * Records what a Hash conflict investigation decided on the submissions' own records: each submission takes the
 * outcomes of its rows ({@link SubmissionRecord#investigationDecided}), a replacing row adds its association to the
 * CPL (the next step of the entry's history), and each waiting submission hears that its rows are decided.
 */
@ApplicationScoped
@Transactional
public class InvestigationOutcomes {

    @Inject
    CplSubmissions submissions;

    @Inject
    SubmissionRecorder recorder;

    @Inject
    NewAssociations register;

    @Inject
    Event<ConflictRowsDecided> rowsDecided;

    public InvestigationOutcomes() {
    }

    public InvestigationOutcomes(CplSubmissions submissions, SubmissionRecorder recorder, NewAssociations register,
            Event<ConflictRowsDecided> rowsDecided) {
        this.submissions = submissions;
        this.recorder = recorder;
        this.register = register;
        this.rowsDecided = rowsDecided;
    }

    @Allowed(Allowed.SYSTEM)
    public void decided(@Observes InvestigationDecided decision) {
        Instant now = recorder.now();
        Map<Long, List<InvestigationDecided.Ruling>> bySubmission = new LinkedHashMap<>();
        for (InvestigationDecided.Ruling ruling : decision.rulings()) {
            long submissionId = submissions.row(ruling.rowId()).orElseThrow().submissionId();
            bySubmission.computeIfAbsent(submissionId, k -> new ArrayList<>()).add(ruling);
        }
        List<ConflictRowsDecided> decided = new ArrayList<>();
        bySubmission.forEach((submissionId, rulings) -> {
            SubmissionRecord record = recorder.load(submissionId);
            List<RowDecision> outcomes = recorder.append(record.investigationDecided(rulings, decision.actor(), now));
            outcomes.stream().filter(d -> d.outcome() == RowOutcome.REPLACED)
                    .forEach(d -> replace(record, d, decision, now));
            decided.add(new ConflictRowsDecided(record.submission().reference(),
                    outcomes.stream().map(RowDecision::rowId).toList()));
        });
        // Every submission's rows are recorded before any of their processes goes on.
        decided.forEach(rowsDecided::fire);
    }

    /** The replacing row's Hash becomes the current Hash of its Device Model, listed now if it is new. */
    private void replace(SubmissionRecord record, RowDecision outcome, InvestigationDecided decision, Instant now) {
        SubmittedRow row = record.rows().stream().filter(r -> r.id() == outcome.rowId()).findFirst().orElseThrow();
        DeviceModel model = register.model(row.key()).orElseGet(() -> register.add(DeviceModel.listed(row, now)));
        register.add(HashAssociation.following(register.current(model.id()), model.id(), row.imageHash(), now,
                record.submission().id(), outcome.id(), decision.actor(), decision.rationale()));
    }
}
