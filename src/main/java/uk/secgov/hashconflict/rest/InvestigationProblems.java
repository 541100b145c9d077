package uk.secgov.hashconflict.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.hashconflict.InvestigationNotFound;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.platform.rest.Problem;

/** The investigations' refusals as problems: an unknown (or not yours) investigation 404, a refused step 409. */
public final class InvestigationProblems {

    private InvestigationProblems() {
    }

    @Provider
    public static class InvestigationMissing implements ExceptionMapper<InvestigationNotFound> {

        @Override
        public Response toResponse(InvestigationNotFound exception) {
            return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class InvestigationStepRefused implements ExceptionMapper<InvestigationRefused> {

        @Override
        public Response toResponse(InvestigationRefused exception) {
            return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
        }
    }
}
