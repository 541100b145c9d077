package uk.secgov.release.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.secgov.platform.rest.Problem;
import uk.secgov.release.InvalidReleaseRequest;
import uk.secgov.release.UnknownRelease;

/** The release calendar's refusals as problems: the reason (400), unknown releases (404). */
public final class ReleaseProblems {

    private ReleaseProblems() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidReleaseRequest> {

        @Override
        public Response toResponse(InvalidReleaseRequest exception) {
            return Problem.invalid(exception.getMessage(),
                    List.of(new Problem.FieldError(exception.field(), exception.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class Unknown implements ExceptionMapper<UnknownRelease> {

        @Override
        public Response toResponse(UnknownRelease exception) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
        }
    }
}
