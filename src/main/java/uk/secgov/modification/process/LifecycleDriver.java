package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import uk.secgov.modification.CaseStep;
import uk.secgov.modification.DeadlineMoved;
import uk.secgov.modification.KeyDateKind;
import uk.secgov.modification.ModificationChanged;
import uk.secgov.modification.TimelineKind;
import uk.secgov.platform.engine.ProcessTimers;

/**
 * Moves the process with the case, in the transaction that recorded the step: a new case starts it,
 * a recorded step completes the task that waited for it, a withdrawal, hold or supersession is a
 * message, and a recomputed deadline moves its timer (or the task's due date).
 */
@ApplicationScoped
public class LifecycleDriver {

    /** The step each timeline entry completes. */
    private static final Map<TimelineKind, String> COMPLETES = CaseStep.taskByRecord(true);

    /** The steps a timeline entry completes if the process waits for them (it may have gone on without). */
    private static final Map<TimelineKind, String> COMPLETES_IF_WAITING = CaseStep.taskByRecord(false);

    private static final Map<TimelineKind, String> MESSAGES = Map.of(
            TimelineKind.WITHDRAWN, LifecycleProcess.WITHDRAWN,
            TimelineKind.PUT_ON_HOLD, LifecycleProcess.PUT_ON_HOLD,
            TimelineKind.SUPERSEDED, LifecycleProcess.SUPERSEDED);

    /** The timer that waits for each deadline. */
    private static final Map<KeyDateKind, String> TIMERS = Map.of(
            KeyDateKind.OBJECTION_WINDOW_END, "objectionWindowClosed",
            KeyDateKind.APPEAL_WINDOW_END, "appealWindowClosed",
            KeyDateKind.CONSULTATION_CLOSE, "reportConsultationClosed",
            KeyDateKind.ADOPTION_WINDOW_END, "adoptionWindowClosed",
            KeyDateKind.IMPLEMENTATION, "releaseDateReached");

    /**
     * The Working Day windows that stand still while a case is on hold. The release date does not: a
     * release is the release calendar's, and SECAS moves a held case out of it if need be.
     */
    private static final java.util.Set<String> HELD_TIMERS = java.util.Set.of("objectionWindowClosed",
            "appealWindowClosed", "reportConsultationClosed");

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    public LifecycleDriver() {
    }

    public LifecycleDriver(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    public void caseChanged(@Observes ModificationChanged change) {
        String key = LifecycleProcess.businessKey(change.caseId());
        if (change.kind() == TimelineKind.PUT_ON_HOLD || change.kind() == TimelineKind.RESUMED) {
            holdTimers(key, change.kind() == TimelineKind.PUT_ON_HOLD);
        }
        if (change.kind() == TimelineKind.RAISED || change.kind() == TimelineKind.RAISED_FAST_TRACK) {
            runtime.startProcessInstanceByKey(LifecycleProcess.PROCESS_ID, key,
                    Map.of(LifecycleProcess.CASE_ID, change.caseId()));
        } else if (COMPLETES.containsKey(change.kind())) {
            tasks.complete(waiting(key, COMPLETES.get(change.kind()), change).getId());
        } else if (COMPLETES_IF_WAITING.containsKey(change.kind())) {
            Task waiting = task(key, COMPLETES_IF_WAITING.get(change.kind()));
            if (waiting != null) {
                tasks.complete(waiting.getId());
            }
        } else if (MESSAGES.containsKey(change.kind())) {
            runtime.createMessageCorrelation(MESSAGES.get(change.kind())).processInstanceBusinessKey(key).correlate();
        }
    }

    public void deadlineMoved(@Observes DeadlineMoved moved) {
        String key = LifecycleProcess.businessKey(moved.caseId());
        if (moved.kind() == KeyDateKind.PRECHECK_TARGET) {
            Task precheck = task(key, "giveSecasComments");
            if (precheck != null) {
                precheck.setDueDate(Date.from(moved.due()));
                tasks.saveTask(precheck);
            }
            return;
        }
        String timer = TIMERS.get(moved.kind());
        if (timer == null) {
            return;
        }
        ProcessTimers.move(runtime, management, LifecycleProcess.PROCESS_ID, key, timer, moved.due(), job -> true);
    }

    /** Suspends (on hold) or activates (resumed) the case's window timers; the resumption moves their dates. */
    private void holdTimers(String key, boolean hold) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(LifecycleProcess.PROCESS_ID).list()) {
            for (String timer : HELD_TIMERS) {
                for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(timer)
                        .timers().list()) {
                    if (hold) {
                        management.suspendJobById(job.getId());
                    } else {
                        management.activateJobById(job.getId());
                    }
                }
            }
        }
    }

    private Task waiting(String key, String taskKey, ModificationChanged change) {
        Task task = task(key, taskKey);
        if (task == null) {
            throw new IllegalStateException("The process of " + change.reference() + " is not waiting at " + taskKey
                    + " for " + change.kind());
        }
        return task;
    }

    private Task task(String key, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(taskKey).singleResult();
    }
}
