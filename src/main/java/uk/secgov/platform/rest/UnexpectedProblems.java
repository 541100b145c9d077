package uk.secgov.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.secgov.platform.refusal.Refusal;
import uk.secgov.platform.web.ResponsePolicy;

/**
 * Anything unforeseen (an exception or an error such as a missing class): logged in full with an incident id, answered
 * with only that id. A refusal that something else wrapped (the process engine wraps what a delegate or task listener
 * that ran in the request threw) is not unforeseen: it is answered as that refusal.
 */
@Provider
public class UnexpectedProblems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        Refusal wrapped = refusalIn(exception);
        if (wrapped != null) {
            return new RefusalProblems().toResponse(wrapped);
        }
        if (ResponsePolicy.isTooLarge(exception)) {
            return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is larger than the server accepts.").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side (incident " + incident + ").").toResponse();
    }

    private static Refusal refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
