package uk.secgov.cpl.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.cpl.InvalidForm;
import uk.secgov.platform.rest.Problem;

/**
 * The CPL feature's refusals as problems: a form with every error by row and column (400), an import into a register
 * that already lists Device Models (409).
 */
public final class CplProblems {

    private CplProblems() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidForm> {

        @Override
        public Response toResponse(InvalidForm exception) {
            return Problem.invalid(exception.errors().size() == 1 ? "The form has a problem."
                    : "The form has " + exception.errors().size() + " problems.", exception.errors().stream()
                    .map(e -> new Problem.FieldError(e.field(), e.describe())).toList()).toResponse();
        }
    }

    @Provider
    public static class Refused implements ExceptionMapper<uk.secgov.cpl.ImportRefused> {

        @Override
        public Response toResponse(uk.secgov.cpl.ImportRefused exception) {
            return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class BadFilter implements ExceptionMapper<uk.secgov.cpl.EntryFilter.InvalidFilter> {

        @Override
        public Response toResponse(uk.secgov.cpl.EntryFilter.InvalidFilter exception) {
            return Problem.invalid(exception.getMessage(), java.util.List.of(new Problem.FieldError(exception.field(),
                    exception.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<uk.secgov.cpl.InvalidCplRequest> {

        @Override
        public Response toResponse(uk.secgov.cpl.InvalidCplRequest exception) {
            return Problem.invalid(exception.getMessage(), java.util.List.of(new Problem.FieldError(exception.field(),
                    exception.getMessage()))).toResponse();
        }
    }
}
