package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.inbox.TaskDoneElsewhere;
import uk.secgov.modification.CaseStep;
import uk.secgov.modification.Modification;
import uk.secgov.modification.Modifications;
import uk.secgov.modification.UnknownModification;

/**
 * On completing a lifecycle task: refuses unless the step was recorded on the case (so the generic
 * inbox cannot move the process past a decision nobody recorded). The refusal is the inbox's
 * {@link TaskDoneElsewhere}, so the inbox's API answers 409 and its task page shows the reason.
 */
@ApplicationScoped
@Named("modificationStepGuard")
public class StepGuard implements TaskListener {

    /** For each task, "the step is still to be recorded". */
    private static final Map<String, Predicate<Modification>> PENDING = CaseStep.pendingByTask();

    @Inject
    Modifications modifications;

    public StepGuard() {
    }

    public StepGuard(Modifications modifications) {
        this.modifications = modifications;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = LifecycleProcess.caseId(task.getVariable(LifecycleProcess.CASE_ID));
        Modification m = modifications.byId(id).orElseThrow(() -> new UnknownModification("#" + id));
        Predicate<Modification> pending = PENDING.get(task.getTaskDefinitionKey());
        if (pending == null || pending.test(m)) {
            throw new TaskDoneElsewhere("'" + task.getName() + "' is done by recording it on " + m.reference()
                    + "'s page, not by completing the task.");
        }
    }
}
