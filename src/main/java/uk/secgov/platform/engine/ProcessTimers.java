package uk.secgov.platform.engine;

import java.time.Instant;
import java.util.Date;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves waiting timers when the date they wait for was computed again (a Working Day calendar change, a
 * moved release): the timers of one activity in the instances of a process with a business key get the
 * new date. A timer that has already fired has no job any more, so what it did stays done; a new date
 * already past fires at the job executor's next run.
 */
public final class ProcessTimers {

    private ProcessTimers() {
    }

    /**
     * Sets the due date of each waiting timer of {@code activityId} in the {@code processKey} instances with
     * {@code businessKey} that {@code which} accepts (given the runtime, to read the timer's variables);
     * returns how many were moved.
     */
    public static int move(RuntimeService runtime, ManagementService management, String processKey,
            String businessKey, String activityId, Instant due, Predicate<Job> which) {
        int moved = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey).list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                    .timers().list()) {
                if (which.test(job)) {
                    management.setJobDuedate(job.getId(), Date.from(due));
                    moved++;
                }
            }
        }
        return moved;
    }
}
