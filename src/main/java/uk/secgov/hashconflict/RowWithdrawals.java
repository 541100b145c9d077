package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.InvestigatedSubmissions;
import uk.secgov.cplsubmission.SubmissionWithdrawn;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.platform.security.Allowed;

/** The submitter withdrew: its rows leave their investigations; one left without rows ends, withdrawn. */
@ApplicationScoped
@Transactional
public class RowWithdrawals {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigationIndex index;

    @Inject
    InvestigatedSubmissions submissions;

    @Inject
    Clock clock;

    @Allowed(Allowed.SYSTEM)
    public void submissionWithdrawn(@Observes SubmissionWithdrawn withdrawal) {
        CplSubmission s = submissions.submission(withdrawal.submissionId()).orElseThrow();
        Set<Long> seen = new HashSet<>();
        for (SubmittedRow row : submissions.rows(withdrawal.submissionId())) {
            Optional<InvestigationRow> ir = index.rowOf(row.id());
            if (ir.isEmpty() || !seen.add(ir.get().investigationId())) {
                continue;
            }
            InvestigationRecord r = recorder.record(ir.get().investigationId());
            if (!r.isClosed()) {
                recorder.append(r.investigation(), r.rowsWithdrawn(s.reference(), withdrawal.actor(), clock.instant()),
                        false);
            }
        }
    }
}
