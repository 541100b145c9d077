package uk.secgov.cpl.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * A completed CPA warning task of {@code cpl-maintenance}: field {@code action}, what SECAS did, is recorded with
 * the warning; a completion without it is refused (the task stays open).
 */
@Named("cpaWarningCompleted")
@ApplicationScoped
public class CpaWarningCompleted implements TaskListener {

    @Inject
    CplMaintenance maintenance;

    public CpaWarningCompleted() {
    }

    CpaWarningCompleted(CplMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void notify(DelegateTask task) {
        long warningId = ((Number) task.getVariable("warningId")).longValue();
        Object action = task.getVariable("action");
        try {
            maintenance.noteAction(warningId, task.getAssignee(), action == null ? null : action.toString());
        } catch (InvalidCplRequest refused) {
            throw new TaskFieldsRefused(refused.getMessage());
        }
        task.removeVariable("action");
    }
}
