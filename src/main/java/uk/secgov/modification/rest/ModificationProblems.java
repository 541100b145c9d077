package uk.secgov.modification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.StepRefused;
import uk.secgov.modification.UnknownModification;
import uk.secgov.platform.rest.Problem;
import uk.secgov.platform.rest.UnexpectedProblems;

/** The register's refusals as problems: bad input (400), a step the case is not ready for (409), no such case (404). */
public final class ModificationProblems {

    private ModificationProblems() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidModificationRequest> {

        @Override
        public Response toResponse(InvalidModificationRequest exception) {
            return Problem.invalid(exception.getMessage(), exception.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.reason())).toList()).toResponse();
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<StepRefused> {

        @Override
        public Response toResponse(StepRefused exception) {
            return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
        }
    }

    /**
     * A lifecycle task completed from the generic inbox without its step recorded: the engine wraps
     * the step guard's refusal; it is a 409 like any refused step. Anything else stays unexpected.
     */
    @Provider
    public static class RefusedInProcess implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof StepRefused refused) {
                    return Problem.of(Response.Status.CONFLICT, refused.getMessage()).toResponse();
                }
            }
            return new UnexpectedProblems().toResponse(exception);
        }
    }

    @Provider
    public static class Unknown implements ExceptionMapper<UnknownModification> {

        @Override
        public Response toResponse(UnknownModification exception) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
        }
    }
}
