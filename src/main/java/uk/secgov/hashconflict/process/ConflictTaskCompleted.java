package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.hashconflict.HashConflicts;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.hashconflict.InvestigationWorkspace;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * What a completed user task of {@code hash-conflict-investigation} said, recorded on the investigation
 * before the process moves on; a completion that says too little is refused whole (the task stays open).
 * Fields: {@code note} (opening, chasing), {@code outcome} = replace or retain with {@code reasons}
 * (recommendation, decision) and, for replace, {@code hash}: which requested Hash becomes current (needed
 * only when the rows request more than one), {@code answer} (a request answered from the inbox).
 */
@Named("conflictTaskCompleted")
@ApplicationScoped
public class ConflictTaskCompleted implements TaskListener {

    /** The completion field naming the requested Hash that replaces the current one. */
    public static final String HASH = "hash";

    @Inject
    HashConflicts conflicts;

    @Inject
    InvestigationWorkspace workspace;

    public ConflictTaskCompleted() {
    }

    ConflictTaskCompleted(HashConflicts conflicts, InvestigationWorkspace workspace) {
        this.conflicts = conflicts;
        this.workspace = workspace;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            long investigation = ((Number) task.getVariable(HashConflictProcess.INVESTIGATION_ID)).longValue();
            String actor = task.getAssignee();
            switch (task.getTaskDefinitionKey()) {
                case "openInvestigation" -> conflicts.open(investigation, actor, text(task, "note"));
                case "recommendOutcome" -> {
                    conflicts.recommend(investigation, actor, outcome(task), text(task, HASH), text(task, "reasons"));
                    forget(task);
                }
                case "decideConflict" -> {
                    conflicts.decide(investigation, actor, outcome(task), text(task, HASH), text(task, "reasons"));
                    forget(task);
                }
                case "answerRequest" -> answered(task);
                case "chaseAnswer" -> conflicts.chased(requestOf(task), actor, text(task, "note"));
                default -> throw new IllegalStateException("No completion rule for task " + task.getTaskDefinitionKey());
            }
        } catch (InvestigationRefused | UnknownInvestigation refused) {
            throw new TaskFieldsRefused(refused.getMessage());
        }
    }

    private void answered(DelegateTask task) {
        long request = requestOf(task);
        if (conflicts.answer(request).isPresent()) {
            return;
        }
        workspace.answerFromTask(workspace.viewer(task.getAssignee(), role -> false), request, text(task, "answer"));
        task.removeVariable("answer");
    }

    private static long requestOf(DelegateTask task) {
        return ((Number) task.getVariable(HashConflictProcess.REQUEST_ID)).longValue();
    }

    private static Outcome outcome(DelegateTask task) {
        String outcome = text(task, "outcome");
        if ("replace".equalsIgnoreCase(outcome)) {
            return Outcome.REPLACE;
        }
        if ("retain".equalsIgnoreCase(outcome)) {
            return Outcome.RETAIN;
        }
        throw new InvestigationRefused("Say outcome = replace or retain" + (outcome == null ? "." : ", not '" + outcome
                + "'."));
    }

    /** The fields of one task are recorded on the investigation; the next task must not see them as its own. */
    private static void forget(DelegateTask task) {
        task.removeVariable("outcome");
        task.removeVariable("reasons");
        task.removeVariable(HASH);
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString().strip();
    }
}
