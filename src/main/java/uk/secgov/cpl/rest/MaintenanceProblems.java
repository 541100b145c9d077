package uk.secgov.cpl.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.cpl.EntryChangeRefused;
import uk.secgov.cpl.EntryNotFound;
import uk.secgov.platform.rest.Problem;

/** CPL maintenance refusals as problems: an unknown entry (404), a status change it does not allow (409). */
public final class MaintenanceProblems {

    private MaintenanceProblems() {
    }

    @Provider
    public static class UnknownEntry implements ExceptionMapper<EntryNotFound> {

        @Override
        public Response toResponse(EntryNotFound exception) {
            return Problem.of(Response.Status.NOT_FOUND, exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class ChangeRefused implements ExceptionMapper<EntryChangeRefused> {

        @Override
        public Response toResponse(EntryChangeRefused exception) {
            return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
        }
    }
}
