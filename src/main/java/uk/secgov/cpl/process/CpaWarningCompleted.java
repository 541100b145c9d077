package uk.secgov.cpl.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.EntryChangeRefused;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.inbox.TaskFieldsRefused;

/**
 * A completed CPA warning task of {@code cpl-maintenance}, one of two ways: SECAS records the renewed certificate
 * (fields {@code cpaCertificate}, {@code cpaExpiry} and/or {@code cpaRenewal} as yyyy-mm-dd, optional {@code note})
 * on the entry, with the warning; or SECAS records what it did (field {@code action}). A completion the rules refuse
 * (no action, a missing reference, a past date, a removed entry) is refused and the task stays open.
 */
@Named("cpaWarningCompleted")
@ApplicationScoped
public class CpaWarningCompleted implements TaskListener {

    static final List<String> FIELDS = List.of("action", "cpaCertificate", "cpaExpiry", "cpaRenewal", "note");

    @Inject
    CplMaintenance maintenance;

    public CpaWarningCompleted() {
    }

    CpaWarningCompleted(CplMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }

    @Override
    public void notify(DelegateTask task) {
        long warningId = ((Number) task.getVariable("warningId")).longValue();
        String certificate = text(task, "cpaCertificate");
        try {
            if (certificate != null || text(task, "cpaExpiry") != null || text(task, "cpaRenewal") != null) {
                long entryId = maintenance.warning(warningId).model().id();
                maintenance.renew(entryId, task.getAssignee(), certificate,
                        CplMaintenance.date("cpaExpiry", text(task, "cpaExpiry")),
                        CplMaintenance.date("cpaRenewal", text(task, "cpaRenewal")), text(task, "note"), warningId);
            } else {
                maintenance.noteAction(warningId, task.getAssignee(), text(task, "action"));
            }
        } catch (InvalidCplRequest | EntryChangeRefused refused) {
            throw new TaskFieldsRefused(refused.getMessage());
        }
        FIELDS.forEach(task::removeVariable);
    }
}
