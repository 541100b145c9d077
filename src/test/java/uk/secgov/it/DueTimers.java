package uk.secgov.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Test deployments only (never in the shipped WAR): {@code POST /it/due-timers?reference=HCI-…&request=<id>}
 * runs the due-date and escalation timers of one information request of an investigation now, as the job
 * executor would on those Working Days, so a browser test can reach the chase step without waiting days.
 * The jobs are the engine's own and run their real steps; nothing else changes. 204 when both ran, 404
 * when the investigation or the request's timers are not there.
 */
@WebServlet("/it/due-timers")
public class DueTimers extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RuntimeService runtime;

    @Inject
    transient ManagementService management;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String reference = request.getParameter("reference");
        long requestId = Long.parseLong(request.getParameter("request"));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(
                "hash-conflict-investigation").processInstanceBusinessKey(reference).singleResult();
        if (instance == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No investigation process " + reference);
            return;
        }
        int ran = 0;
        for (String timer : List.of("requestDue", "requestOverdue")) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).list()) {
                Object id = runtime.getVariable(job.getExecutionId(), "requestId");
                if (id instanceof Number n && n.longValue() == requestId) {
                    run(job.getId());
                    ran++;
                }
            }
        }
        if (ran == 2) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, ran + " of the 2 timers of request " + requestId
                    + " found");
        }
    }

    private void run(String jobId) {
        try {
            transaction.begin();
            management.executeJob(jobId);
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the job's own failure is the one to report
            }
            throw new IllegalStateException("Timer job " + jobId + " failed", e);
        }
    }
}
