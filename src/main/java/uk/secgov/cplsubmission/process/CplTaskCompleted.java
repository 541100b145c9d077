package uk.secgov.cplsubmission.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.cplsubmission.SubmissionDecisions;
import uk.secgov.cplsubmission.SubmissionRefused;
import uk.secgov.cplsubmission.SubmissionReview;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * What a completed user task of {@code cpl-submission} said, recorded on the submission before the process moves on
 * (ADR 0011's seam). The task's fields are parsed here into a typed command ({@link ReviewCommand},
 * {@link PanelDecision}, {@link VerifyAgainChoice}); the submission's verb decides whether the step may be taken.
 * A completion that says too little, or that the submission refuses, is refused whole and the task stays open.
 */
@Named("cplTaskCompleted")
@ApplicationScoped
public class CplTaskCompleted implements TaskListener {

    @Inject
    SubmissionReview review;

    @Inject
    SubmissionDecisions decisions;

    public CplTaskCompleted() {
    }

    public CplTaskCompleted(SubmissionReview review, SubmissionDecisions decisions) {
        this.review = review;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskFields fields = fieldsOf(task);
        try {
            switch (task.getTaskDefinitionKey()) {
                case "verifyAgain" -> verifyAgainCompleted(task, fields);
                case "secasReview" -> reviewed(task, ReviewCommand.of(fields));
                case "panelDecision" -> decided(task, PanelDecision.of(fields));
                default -> throw new IllegalStateException("No completion rule for task " + task.getTaskDefinitionKey());
            }
        } catch (SubmissionRefused refused) {
            throw new TaskFieldsRefused(refused.getMessage());
        }
    }

    private static TaskFields fieldsOf(DelegateTask task) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : task.getVariableNames()) {
            fields.put(name, task.getVariable(name));
        }
        return new TaskFields(fields);
    }

    private static long submissionOf(DelegateTask task) {
        return ((Number) task.getVariable(CplSubmissionProcess.SUBMISSION_ID)).longValue();
    }

    /**
     * Nothing is recorded yet: the gateway after the task follows {@code action}, so a choice it could not follow is
     * refused here, and a rejection's step names who rejected it.
     */
    private static void verifyAgainCompleted(DelegateTask task, TaskFields fields) {
        VerifyAgainChoice.of(fields);
        task.setVariable("verifiedBy", task.getAssignee());
    }

    private void reviewed(DelegateTask task, ReviewCommand command) {
        SubmissionReview.Outcome outcome = command instanceof ReviewCommand.Return returned
                ? review.returnToSubmitter(submissionOf(task), task.getAssignee(), returned.reason())
                : review.recommend(submissionOf(task), task.getAssignee(), ((ReviewCommand.Recommend) command).choices());
        forgetFields(task);
        task.setVariable("reviewOutcome", outcome.name());
    }

    private void decided(DelegateTask task, PanelDecision decision) {
        decisions.decide(submissionOf(task), task.getAssignee(), decision.choices());
        forgetFields(task);
    }

    /** The fields of one task are recorded on the submission; the next task must not see them as its own. */
    private static void forgetFields(DelegateTask task) {
        for (String name : List.copyOf(task.getVariableNames())) {
            if (TaskFields.ROW.matcher(name).matches() || TaskFields.ROW_REASON.matcher(name).matches()
                    || name.equals("return")) {
                task.removeVariable(name);
            }
        }
    }
}
