package uk.secgov.cplsubmission.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.cplsubmission.SubmissionNotFound;
import uk.secgov.platform.rest.Problem;

/** The submissions' refusals as problems: an unknown (or not yours) submission is 404. */
public final class SubmissionProblems {

    private SubmissionProblems() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<SubmissionNotFound> {

        @Override
        public Response toResponse(SubmissionNotFound exception) {
            return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }
}
