package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cplsubmission.InvestigatedSubmissions;
import uk.secgov.cplsubmission.InvestigationDecided;
import uk.secgov.platform.security.Allowed;

/**
 * The Panel's decision, and the decision applied: the rows' outcomes are announced ({@link InvestigationDecided}),
 * their submissions record them and add the association a replacing row brings; the timeline then says what the CPL
 * now holds.
 */
@ApplicationScoped
@Transactional
public class PanelDecisions {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigatedSubmissions submissions;

    @Inject
    CplRegister register;

    @Inject
    Clock clock;

    @Inject
    Event<InvestigationDecided> decisions;

    /** The Panel decides replace or retain, with its rationale; replace names the requested Hash as SECAS's does. */
    @Allowed("panel")
    public void decide(long investigationId, String actor, ConflictDecision decision) {
        InvestigationRecord r = recorder.record(investigationId);
        recorder.append(r.investigation(), r.decide(decision, actor, clock.instant()), false);
    }

    /** The process applies the decision once it is recorded. */
    @Allowed(Allowed.SYSTEM)
    public void applyDecision(long investigationId) {
        InvestigationRecord r = recorder.record(investigationId);
        InvestigationRecord.Application applied = r.applyDecision();
        decisions.fire(applied.decided());
        Optional<HashAssociation> added = applied.replacing()
                .map(row -> register.model(submissions.row(row.rowId()).orElseThrow().key()).orElseThrow())
                .flatMap(model -> register.current(model.id()));
        recorder.append(r.investigation(), r.cplUpdated(applied, added, clock.instant()), false);
    }
}
