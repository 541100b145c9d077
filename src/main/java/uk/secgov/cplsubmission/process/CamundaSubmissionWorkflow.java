package uk.secgov.cplsubmission.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.SubmissionWorkflow;

/** The submission's process in the embedded engine; its business key is the submission reference. */
@ApplicationScoped
class CamundaSubmissionWorkflow implements SubmissionWorkflow {

    @Inject
    RuntimeService runtime;

    @Inject
    org.camunda.bpm.engine.RepositoryService repository;

    @Inject
    org.camunda.bpm.engine.HistoryService history;

    @Override
    public void start(CplSubmission submission) {
        runtime.startProcessInstanceByKey(CplSubmissionProcess.PROCESS_ID, submission.reference(),
                Map.of(CplSubmissionProcess.SUBMISSION_ID, submission.id(),
                        CplSubmissionProcess.REFERENCE, submission.reference()));
    }

    @Override
    public void withdraw(CplSubmission submission) {
        runtime.createMessageCorrelation(CplSubmissionProcess.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(submission.reference()).correlateAll();
    }

    @Override
    public Diagram diagram(CplSubmission submission) {
        org.camunda.bpm.engine.history.HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(submission.reference())
                .processDefinitionKey(CplSubmissionProcess.PROCESS_ID).singleResult();
        if (instance == null) {
            return new Diagram(null, java.util.List.of());
        }
        String xml;
        try (java.io.InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        return new Diagram(xml, instance.getEndTime() != null ? java.util.List.of() : activeSteps(instance.getId()));
    }

    /**
     * The steps the process is at now. It can end between the history read above and this one (the Panel's decision
     * is followed at once by the CPL update job, which ends it): then it is at no step, which is what the page shows
     * for an ended process, rather than an error.
     */
    private java.util.List<String> activeSteps(String processInstanceId) {
        try {
            return runtime.getActiveActivityIds(processInstanceId);
        } catch (org.camunda.bpm.engine.exception.NullValueException endedMeanwhile) {
            return java.util.List.of();
        }
    }
}
