package uk.secgov.web.forged;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ManagementService;

/**
 * Test deployments only (never in the shipped WAR): {@code GET /it/pending-jobs} answers how many of the engine's
 * jobs are due now (asynchronous steps, timers whose time has come). The forged-request test waits for none
 * before it reads the database digest, so that what a call set going in the background does not show as a change
 * made by the next call.
 */
@WebServlet("/it/pending-jobs")
public class PendingJobs extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ManagementService management;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(Long.toString(management.createJobQuery().executable().count()));
    }
}
