package uk.secgov.cplsubmission.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import uk.secgov.cplsubmission.ConflictRowsDecided;

/**
 * Ends a submission's wait for its rows once their investigation's outcome is recorded on them, in the same
 * transaction. The wait is a scope of its own (it holds the message subscription), so the row id is found on its
 * parent, the multi-instance's execution for that row.
 */
@ApplicationScoped
public class ConflictWaits {

    @Inject
    RuntimeService runtime;

    public ConflictWaits() {
    }

    public ConflictWaits(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void rowsDecided(@Observes ConflictRowsDecided decided) {
        for (Execution waiting : runtime.createExecutionQuery().processInstanceBusinessKey(decided.submissionReference())
                .messageEventSubscriptionName(CplSubmissionProcess.DECIDED_MESSAGE).list()) {
            Object row = runtime.getVariable(waiting.getId(), CplSubmissionProcess.CONFLICT_ROW_ID);
            if (row instanceof Number n && decided.rowIds().contains(n.longValue())) {
                runtime.messageEventReceived(CplSubmissionProcess.DECIDED_MESSAGE, waiting.getId());
            }
        }
    }
}
