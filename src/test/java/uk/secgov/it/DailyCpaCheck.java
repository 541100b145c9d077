package uk.secgov.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Test deployments only (never in the shipped WAR): {@code POST /it/daily-cpa-check} runs the CPL maintenance
 * process's daily 06:00 timer now, as the job executor would the next morning, so a browser test can reach a CPA
 * warning task without waiting for the morning. The job is the engine's own and starts the real check; the timer
 * schedules its next morning as usual. 204 when it ran, 404 when the timer is not there.
 */
@WebServlet("/it/daily-cpa-check")
public class DailyCpaCheck extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManagementService management;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Job timer = management.createJobQuery().processDefinitionKey("cpl-maintenance").activityId("daily")
                .timers().singleResult();
        if (timer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No daily CPA check timer");
            return;
        }
        try {
            transaction.begin();
            management.executeJob(timer.getId());
            transaction.commit();
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the job's own failure is the one to report
            }
            throw new IllegalStateException("The daily CPA check failed", e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
