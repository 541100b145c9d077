package uk.secgov.cpl.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.secgov.cpl.SubmissionProcessing;

/** The service tasks of {@code cpl-submission}: each calls one step and answers the route as text. */
@Named("cplSteps")
@ApplicationScoped
public class CplSteps {

    @Inject
    SubmissionProcessing processing;

    public CplSteps() {
    }

    CplSteps(SubmissionProcessing processing) {
        this.processing = processing;
    }

    public String verify(Long submissionId) {
        return processing.verify(submissionId).name();
    }

    public String applyRules(Long submissionId) {
        return processing.applyRules(submissionId).name();
    }

    public void reject(Long submissionId, String actor, String reason) {
        processing.reject(submissionId, actor, "Rejected by SECAS: " + reason);
    }

    public void updateRegister(Long submissionId) {
        processing.updateRegister(submissionId);
    }
}
