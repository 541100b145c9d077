package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.Implementation;

/** Service task {@code scheduleImplementation}: the approved case goes into the first release on or after its earliest date. */
@ApplicationScoped
@Named("scheduleImplementation")
public class ScheduleImplementationDelegate implements JavaDelegate {

    @Inject
    Implementation implementation;

    public ScheduleImplementationDelegate() {
    }

    public ScheduleImplementationDelegate(Implementation implementation) {
        this.implementation = implementation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        implementation.scheduleNext(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }
}
