package uk.secgov.cpl.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.secgov.cpl.HashConflicts;
import uk.secgov.cpl.InvestigationChanged;
import uk.secgov.cpl.RequestDueMoved;
import uk.secgov.platform.engine.ProcessTimers;

/**
 * Moves the processes with the investigation, in the transaction that recorded the step: a new
 * investigation starts its process; a question starts an information request (its own scope, with its
 * request id); an answer given on the page completes the request's task; the decision, once applied,
 * lets each waiting submission go on; the last withdrawal ends the investigation. A request whose dates the
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

    @Inject
    HashConflicts conflicts;

    public InvestigationDriver() {
    }

    public InvestigationDriver(RuntimeService runtime, TaskService tasks, ManagementService management,
            HashConflicts conflicts) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.conflicts = conflicts;
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
            case CPL_UPDATED -> conflicts.waitingSubmissions(change.investigationId()).forEach(this::rowsDecided);
            case WITHDRAWN -> runtime.createMessageCorrelation(HashConflictProcess.WITHDRAWN_MESSAGE)
                    .processInstanceBusinessKey(change.reference()).correlateAll();
            default -> {
            }
        }
    }

    /**
     * Ends the submission's wait for each row. The wait is a scope of its own (it holds the message
     * subscription), so the row id is found on its parent, the multi-instance's execution for that row.
     */
    private void rowsDecided(String submissionReference, List<Long> rowIds) {
        for (Execution waiting : runtime.createExecutionQuery().processInstanceBusinessKey(submissionReference)
                .messageEventSubscriptionName(HashConflictProcess.DECIDED_MESSAGE).list()) {
            Object row = runtime.getVariable(waiting.getId(), HashConflictProcess.CONFLICT_ROW_ID);
            if (row instanceof Number n && rowIds.contains(n.longValue())) {
                runtime.messageEventReceived(HashConflictProcess.DECIDED_MESSAGE, waiting.getId());
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
