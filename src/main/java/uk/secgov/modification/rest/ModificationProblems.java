package uk.secgov.modification.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.NotTheProposer;
import uk.secgov.modification.StepRefused;
import uk.secgov.modification.UnknownDocument;
import uk.secgov.modification.UnknownModification;
import uk.secgov.platform.input.InvalidInput;
import uk.secgov.platform.rest.InputProblems;
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
     * A step refused inside the engine (a delegate that runs in the request's transaction): the engine
     * wraps the refusal; it is a 409 like any refused step. Anything else stays unexpected. (The step
     * guard's refusal of an inbox completion is the inbox's own {@code TaskDoneElsewhere}, a 409 too.)
     */
    @Provider
    public static class RefusedInProcess implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof StepRefused refused) {
                    return Problem.of(Response.Status.CONFLICT, refused.getMessage()).toResponse();
                }
                if (cause instanceof InvalidInput invalid) {
                    return new InputProblems().toResponse(invalid);
                }
            }
            return new UnexpectedProblems().toResponse(exception);
        }
    }

    /** Someone other than the Proposer's Party (or SECAS) withdrawing or adopting for another Party. */
    @Provider
    public static class NotProposer implements ExceptionMapper<NotTheProposer> {

        @Override
        public Response toResponse(NotTheProposer exception) {
            return Problem.of(Response.Status.FORBIDDEN, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class UnknownDoc implements ExceptionMapper<UnknownDocument> {

        @Override
        public Response toResponse(UnknownDocument exception) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
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
