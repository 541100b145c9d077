package uk.secgov.cplsubmission.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.cplsubmission.SubmissionProcessing.RowChoice;
import uk.secgov.cplsubmission.SubmissionProcessing;
import uk.secgov.cplsubmission.SubmissionRefused;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * What a completed user task of {@code cpl-submission} said, recorded on the submission before the
 * process moves on. A completion that says too little is refused whole (the task stays open).
 * Fields: {@code rowN} = associate or reject and {@code reasonN} per open row N; {@code return}
 * for SECAS returning the submission; {@code action} = verify or reject, {@code reason}.
 */
@Named("cplTaskCompleted")
@ApplicationScoped
public class CplTaskCompleted implements TaskListener {

    private static final Pattern ROW = Pattern.compile("row(\\d+)");

    @Inject
    SubmissionProcessing processing;

    public CplTaskCompleted() {
    }

    public CplTaskCompleted(SubmissionProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            switch (task.getTaskDefinitionKey()) {
                case "verifyAgain" -> verifyAgainCompleted(task);
                case "secasReview" -> reviewed(task);
                case "panelDecision" -> decided(task);
                default -> throw new IllegalStateException("No completion rule for task " + task.getTaskDefinitionKey());
            }
        } catch (SubmissionRefused refused) {
            throw new TaskFieldsRefused(refused.getMessage());
        }
    }

    private static long submissionOf(DelegateTask task) {
        return ((Number) task.getVariable(CplSubmissionProcess.SUBMISSION_ID)).longValue();
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString().strip();
    }

    void verifyAgainCompleted(DelegateTask task) {
        String action = text(task, "action");
        if (!"verify".equals(action) && !"reject".equals(action)) {
            throw new SubmissionRefused("Say action = verify (a current CRL is loaded) or action = reject.");
        }
        if ("reject".equals(action) && (text(task, "reason") == null || text(task, "reason").isEmpty())) {
            throw new SubmissionRefused("Give the reason for rejecting it.");
        }
        task.setVariable("verifiedBy", task.getAssignee());
    }

    void reviewed(DelegateTask task) {
        String returned = text(task, "return");
        boolean delegated = processing.review(submissionOf(task), task.getAssignee(), choices(task), returned);
        forgetFields(task);
        task.setVariable("reviewOutcome", returned != null && !returned.isEmpty() ? "RETURNED"
                : delegated ? "DELEGATED" : "RECOMMENDED");
    }

    void decided(DelegateTask task) {
        processing.decide(submissionOf(task), task.getAssignee(), choices(task));
        forgetFields(task);
    }

    /** The fields of one task are recorded on the submission; the next task must not see them as its own. */
    private static void forgetFields(DelegateTask task) {
        for (String name : java.util.List.copyOf(task.getVariableNames())) {
            if (ROW.matcher(name).matches() || name.matches("reason\\d+") || name.equals("return")) {
                task.removeVariable(name);
            }
        }
    }

    private static Map<Integer, RowChoice> choices(DelegateTask task) {
        Map<Integer, RowChoice> choices = new LinkedHashMap<>();
        for (String name : task.getVariableNames()) {
            Matcher m = ROW.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String choice = text(task, name);
            if (!"associate".equalsIgnoreCase(choice) && !"reject".equalsIgnoreCase(choice)) {
                throw new SubmissionRefused("Row " + m.group(1) + ": say associate or reject, not '" + choice + "'.");
            }
            choices.put(Integer.valueOf(m.group(1)), new RowChoice("associate".equalsIgnoreCase(choice),
                    text(task, "reason" + m.group(1))));
        }
        return choices;
    }
}
