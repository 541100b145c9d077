package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.hashconflict.ConflictDecision;
import uk.secgov.hashconflict.IncompleteStep;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.hashconflict.InvestigationOpening;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.hashconflict.OverdueRequests;
import uk.secgov.hashconflict.PanelDecisions;
import uk.secgov.hashconflict.ConflictRecommendation;
import uk.secgov.hashconflict.Recommendations;
import uk.secgov.hashconflict.RequestAnswers;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * What a completed user task of {@code hash-conflict-investigation} said, recorded on the investigation
 * before the process moves on (ADR 0011's seam); a completion that says too little is refused whole (the task stays
 * open). The listener only reads the task's raw fields into typed commands; the investigation's verbs check them.
 * Fields: {@code note} (opening, chasing), {@code outcome} = replace or retain with {@code reasons}
 * (recommendation, decision) and, for replace, {@code hash}: which requested Hash becomes current (needed
 * only when the rows request more than one), {@code answer} (a request answered from the inbox).
 */
@Named("conflictTaskCompleted")
@ApplicationScoped
public class ConflictTaskCompleted implements TaskListener {

    /** The completion field naming the requested Hash that replaces the current one. */
    public static final String HASH = "hash";
    static final String OUTCOME = "outcome";
    static final String REASONS = "reasons";
    static final String NOTE = "note";
    static final String ANSWER = "answer";

    @Inject
    InvestigationOpening opening;

    @Inject
    Recommendations recommendations;

    @Inject
    PanelDecisions decisions;

    @Inject
    OverdueRequests overdue;

    @Inject
    RequestAnswers answers;

    public ConflictTaskCompleted() {
    }

    ConflictTaskCompleted(InvestigationOpening opening, Recommendations recommendations, PanelDecisions decisions,
            OverdueRequests overdue, RequestAnswers answers) {
        this.opening = opening;
        this.recommendations = recommendations;
        this.decisions = decisions;
        this.overdue = overdue;
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            long investigation = ((Number) task.getVariable(HashConflictProcess.INVESTIGATION_ID)).longValue();
            String actor = task.getAssignee();
            switch (task.getTaskDefinitionKey()) {
                case "openInvestigation" -> opening.open(investigation, actor, text(task, NOTE));
                case "recommendOutcome" -> {
                    recommendations.recommend(investigation, actor, recommendation(task));
                    forget(task);
                }
                case "decideConflict" -> {
                    decisions.decide(investigation, actor, decision(task));
                    forget(task);
                }
                case "answerRequest" -> answered(task);
                case "chaseAnswer" -> overdue.chased(requestOf(task), actor, text(task, NOTE));
                default -> throw new IllegalStateException("No completion rule for task " + task.getTaskDefinitionKey());
            }
        } catch (InvestigationRefused | UnknownInvestigation refused) {
            throw new TaskFieldsRefused(refused.getMessage());
        }
    }

    private void answered(DelegateTask task) {
        long request = requestOf(task);
        if (answers.answerTo(request).isPresent()) {
            return;
        }
        answers.answerFromTask(task.getAssignee(), request, text(task, ANSWER));
        task.removeVariable(ANSWER);
    }

    /** SECAS's recommendation as the task's fields give it. */
    static ConflictRecommendation recommendation(DelegateTask task) {
        return new ConflictRecommendation(outcome(task), text(task, HASH), text(task, REASONS));
    }

    /** The Panel's decision as the task's fields give it (its rationale in {@code reasons}). */
    static ConflictDecision decision(DelegateTask task) {
        return new ConflictDecision(outcome(task), text(task, HASH), text(task, REASONS));
    }

    private static long requestOf(DelegateTask task) {
        return ((Number) task.getVariable(HashConflictProcess.REQUEST_ID)).longValue();
    }

    private static Outcome outcome(DelegateTask task) {
        String outcome = text(task, OUTCOME);
        if ("replace".equalsIgnoreCase(outcome)) {
            return Outcome.REPLACE;
        }
        if ("retain".equalsIgnoreCase(outcome)) {
            return Outcome.RETAIN;
        }
        throw new IncompleteStep("Say outcome = replace or retain" + (outcome == null ? "." : ", not '" + outcome
                + "'."));
    }

    /** The fields of one task are recorded on the investigation; the next task must not see them as its own. */
    private static void forget(DelegateTask task) {
        task.removeVariable(OUTCOME);
        task.removeVariable(REASONS);
        task.removeVariable(HASH);
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString().strip();
    }
}
