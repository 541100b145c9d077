package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.WindowClosing;

/** Service task {@code closeAppealWindow}: The appeal window's time is up. */
@ApplicationScoped
@Named("closeAppealWindow")
public class CloseAppealWindowDelegate implements JavaDelegate {

    @Inject
    WindowClosing windowClosing;

    public CloseAppealWindowDelegate() {
    }

    public CloseAppealWindowDelegate(WindowClosing windowClosing) {
        this.windowClosing = windowClosing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windowClosing.closeAppealWindow(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }
}
