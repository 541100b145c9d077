package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.secgov.hashconflict.InvestigationChanged;
import uk.secgov.hashconflict.RequestDueMoved;
import uk.secgov.platform.engine.ProcessTimers;

/**
 * Moves the processes with the investigation, in the transaction that recorded the step: a new
 * investigation starts its process; a question starts an information request (its own scope, with its
 * request id); an answer given on the page completes the request's task; the last withdrawal ends the
 * investigation. (The submissions waiting for the decision are moved by their own feature once they have
 * recorded it.) A request whose dates the
 * Working Day calendar moved gets its reminder and escalation timers (those not fired yet) and its task's
 * due date moved.
 */
@ApplicationScoped
public class InvestigationDriver {

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    public InvestigationDriver() {
    }

    public InvestigationDriver(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    public void dueMoved(@Observes RequestDueMoved moved) {
        java.util.function.Predicate<org.camunda.bpm.engine.runtime.Job> ofRequest = job -> runtime.getVariable(
                job.getExecutionId(), HashConflictProcess.REQUEST_ID) instanceof Number n
                && n.longValue() == moved.requestId();
        ProcessTimers.move(runtime, management, HashConflictProcess.PROCESS_ID, moved.reference(),
                HashConflictProcess.REQUEST_DUE, moved.dueAt(), ofRequest);
        ProcessTimers.move(runtime, management, HashConflictProcess.PROCESS_ID, moved.reference(),
                HashConflictProcess.REQUEST_OVERDUE, moved.escalateAt(), ofRequest);
        for (Task task : requestTask(moved.reference(), moved.requestId())) {
            task.setDueDate(java.util.Date.from(moved.dueAt()));
            tasks.saveTask(task);
        }
    }

    public void changed(@Observes InvestigationChanged change) {
        if (change.fromProcess()) {
            return;
        }
        switch (change.kind()) {
            case DETECTED -> runtime.startProcessInstanceByKey(HashConflictProcess.PROCESS_ID, change.reference(),
                    Map.of(HashConflictProcess.INVESTIGATION_ID, change.investigationId(),
                            HashConflictProcess.REFERENCE, change.reference()));
            case ASKED -> runtime.createProcessInstanceModification(instance(change.reference()).getId())
                    .startBeforeActivity(HashConflictProcess.INFORMATION_REQUEST)
                    .setVariableLocal(HashConflictProcess.REQUEST_ID, change.requestId())
                    .execute();
            case ANSWERED -> requestTask(change.reference(), change.requestId()).forEach(t -> tasks.complete(t.getId()));
            case WITHDRAWN -> runtime.createMessageCorrelation(HashConflictProcess.WITHDRAWN_MESSAGE)
                    .processInstanceBusinessKey(change.reference()).correlateAll();
            default -> {
            }
        }
    }

    private ProcessInstance instance(String reference) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(HashConflictProcess.PROCESS_ID)
                .processInstanceBusinessKey(reference).singleResult();
    }

    private List<Task> requestTask(String reference, Long requestId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(HashConflictProcess.ANSWER_REQUEST).list().stream()
                .filter(t -> requestId.equals(((Number) tasks.getVariable(t.getId(), HashConflictProcess.REQUEST_ID))
                        .longValue()))
                .toList();
    }
}
