package uk.secgov.cplsubmission.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.secgov.cplsubmission.RowInvestigations;
import uk.secgov.cplsubmission.SubmissionProcessing;

/** The service tasks of {@code cpl-submission}: each calls one step and answers the route as text. */
@Named("cplSteps")
@ApplicationScoped
public class CplSteps {

    @Inject
    SubmissionProcessing processing;

    @Inject
    RowInvestigations investigations;

    public CplSteps() {
    }

    public CplSteps(SubmissionProcessing processing, RowInvestigations investigations) {
        this.processing = processing;
        this.investigations = investigations;
    }

    public String verify(Long submissionId) {
        return processing.verify(submissionId).name();
    }

    public String applyRules(Long submissionId) {
        return processing.applyRules(submissionId).name();
    }

    /** Each conflicting row opens a {@code hash-conflict-investigation}, or joins the open one. */
    public void openInvestigations(Long submissionId) {
        processing.openInvestigations(submissionId);
    }

    /** The rows the submission waits for, one wait each. */
    public List<Long> conflictRows(Long submissionId) {
        return investigations.rowsUnderInvestigation(submissionId);
    }

    public boolean conflictsDecided(Long submissionId) {
        return processing.conflictsDecided(submissionId);
    }

    public void reject(Long submissionId, String actor, String reason) {
        processing.reject(submissionId, actor, "Rejected by SECAS: " + reason);
    }

    public void updateRegister(Long submissionId) {
        processing.updateRegister(submissionId);
    }
}
