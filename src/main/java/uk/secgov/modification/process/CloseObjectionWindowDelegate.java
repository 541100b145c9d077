package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.WindowClosing;

/** Service task {@code closeObjectionWindow}: The objection window's time is up. */
@ApplicationScoped
@Named("closeObjectionWindow")
public class CloseObjectionWindowDelegate implements JavaDelegate {

    @Inject
    WindowClosing windowClosing;

    public CloseObjectionWindowDelegate() {
    }

    public CloseObjectionWindowDelegate(WindowClosing windowClosing) {
        this.windowClosing = windowClosing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windowClosing.closeObjectionWindow(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }
}
