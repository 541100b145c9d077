package uk.secgov.calendar.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.calendar.InvalidCalendarRequest;
import uk.secgov.calendar.UnknownCalendarOverride;
import uk.secgov.platform.rest.Problem;

/** The calendar's refusals as problems: every field error with its reason (400), unknown overrides (404). */
public final class CalendarProblems {

    private CalendarProblems() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidCalendarRequest> {

        @Override
        public Response toResponse(InvalidCalendarRequest exception) {
            return Problem.invalid(exception.getMessage(), exception.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.reason())).toList()).toResponse();
        }
    }

    @Provider
    public static class Unknown implements ExceptionMapper<UnknownCalendarOverride> {

        @Override
        public Response toResponse(UnknownCalendarOverride exception) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
        }
    }
}
