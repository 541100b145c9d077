package uk.secgov.cplsubmission.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.secgov.cplsubmission.RowInvestigations;
import uk.secgov.cplsubmission.SubmissionConflicts;
import uk.secgov.cplsubmission.SubmissionDecisions;
import uk.secgov.cplsubmission.SubmissionScreening;
import uk.secgov.cplsubmission.SubmissionVerification;

/** The service tasks of {@code cpl-submission}: each calls one step and answers the route as text. */
@Named("cplSteps")
@ApplicationScoped
public class CplSteps {

    @Inject
    SubmissionVerification verification;

    @Inject
    SubmissionScreening screening;

    @Inject
    SubmissionConflicts conflicts;

    @Inject
    SubmissionDecisions decisions;

    @Inject
    RowInvestigations investigations;

    public CplSteps() {
    }

    public CplSteps(SubmissionVerification verification, SubmissionScreening screening, SubmissionConflicts conflicts,
            SubmissionDecisions decisions, RowInvestigations investigations) {
        this.verification = verification;
        this.screening = screening;
        this.conflicts = conflicts;
        this.decisions = decisions;
        this.investigations = investigations;
    }

    public String verify(Long submissionId) {
        return verification.verify(submissionId).name();
    }

    public String applyRules(Long submissionId) {
        return screening.applyRules(submissionId).name();
    }

    /** Each conflicting row opens a {@code hash-conflict-investigation}, or joins the open one. */
    public void openInvestigations(Long submissionId) {
        conflicts.openInvestigations(submissionId);
    }

    /** The rows the submission waits for, one wait each. */
    public List<Long> conflictRows(Long submissionId) {
        return investigations.rowsUnderInvestigation(submissionId);
    }

    public boolean conflictsDecided(Long submissionId) {
        return conflicts.conflictsDecided(submissionId);
    }

    public void reject(Long submissionId, String actor, String reason) {
        verification.reject(submissionId, actor, "Rejected by SECAS: " + reason);
    }

    public void updateRegister(Long submissionId) {
        decisions.updateRegister(submissionId);
    }
}
