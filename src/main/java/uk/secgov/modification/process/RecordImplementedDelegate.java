package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.Implementation;

/** Service task {@code recordImplemented}: The release date has come. */
@ApplicationScoped
@Named("recordImplemented")
public class RecordImplementedDelegate implements JavaDelegate {

    @Inject
    Implementation implementation;

    public RecordImplementedDelegate() {
    }

    public RecordImplementedDelegate(Implementation implementation) {
        this.implementation = implementation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        implementation.implemented(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }
}
