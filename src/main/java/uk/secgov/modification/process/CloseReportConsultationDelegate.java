package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.WindowClosing;

/** Service task {@code closeReportConsultation}: The consultation's close time has come. */
@ApplicationScoped
@Named("closeReportConsultation")
public class CloseReportConsultationDelegate implements JavaDelegate {

    @Inject
    WindowClosing windowClosing;

    public CloseReportConsultationDelegate() {
    }

    public CloseReportConsultationDelegate(WindowClosing windowClosing) {
        this.windowClosing = windowClosing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        windowClosing.closeConsultation(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }
}
