package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.secgov.modification.Implementation;
import uk.secgov.modification.WindowClosing;

/**
 * {@code ${modificationServiceTask}}: every service task of the lifecycle, each of which records on
 * the case what its time brought (a window closed, a release chosen or reached). The task's id says
 * which; the case's id is the process's only variable.
 */
@ApplicationScoped
@Named("modificationServiceTask")
public class LifecycleServiceTasks implements JavaDelegate {

    /** The service task ids of bpmn/modification-lifecycle.bpmn. */
    static final String CLOSE_OBJECTION_WINDOW = "closeObjectionWindow";
    static final String CLOSE_REPORT_CONSULTATION = "closeReportConsultation";
    static final String CLOSE_APPEAL_WINDOW = "closeAppealWindow";
    static final String CLOSE_WITHDRAWN = "closeWithdrawn";
    static final String SCHEDULE_IMPLEMENTATION = "scheduleImplementation";
    static final String RECORD_IMPLEMENTED = "recordImplemented";

    @Inject
    WindowClosing windowClosing;

    @Inject
    Implementation implementation;

    public LifecycleServiceTasks() {
    }

    public LifecycleServiceTasks(WindowClosing windowClosing, Implementation implementation) {
        this.windowClosing = windowClosing;
        this.implementation = implementation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LongConsumer task = tasks().get(execution.getCurrentActivityId());
        if (task == null) {
            throw new IllegalStateException("No step of the case is recorded by service task '"
                    + execution.getCurrentActivityId() + "'.");
        }
        task.accept(LifecycleProcess.caseId(execution.getVariable(LifecycleProcess.CASE_ID)));
    }

    /** What each service task records on the case; built per call, as the beans are injected after construction. */
    Map<String, LongConsumer> tasks() {
        return Map.of(
                CLOSE_OBJECTION_WINDOW, windowClosing::closeObjectionWindow,
                CLOSE_REPORT_CONSULTATION, windowClosing::closeConsultation,
                CLOSE_APPEAL_WINDOW, windowClosing::closeAppealWindow,
                CLOSE_WITHDRAWN, windowClosing::closeWithdrawn,
                SCHEDULE_IMPLEMENTATION, implementation::scheduleNext,
                RECORD_IMPLEMENTED, implementation::implemented);
    }
}
