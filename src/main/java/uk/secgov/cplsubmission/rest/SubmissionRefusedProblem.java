package uk.secgov.cplsubmission.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.cplsubmission.SubmissionRefused;
import uk.secgov.platform.rest.Problem;

/** A step the submission's state or the caller does not allow is a conflict (409) with the refusal's words. */
@Provider
public class SubmissionRefusedProblem implements ExceptionMapper<SubmissionRefused> {

    @Override
    public Response toResponse(SubmissionRefused exception) {
        return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
    }
}
