package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.WindowClosing;

/** Service task {@code closeWithdrawn}: Nobody adopted the withdrawn proposal in time. */
@ApplicationScoped
@Named("closeWithdrawn")
public class CloseWithdrawnDelegate implements JavaDelegate {

    @Inject
    WindowClosing windowClosing;

    public CloseWithdrawnDelegate() {
    }

    public CloseWithdrawnDelegate(WindowClosing windowClosing) {
        this.windowClosing = windowClosing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windowClosing.closeWithdrawn(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }
}
