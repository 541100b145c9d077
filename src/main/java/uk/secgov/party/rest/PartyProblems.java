package uk.secgov.party.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.party.InvalidPartyData;
import uk.secgov.party.UnknownParty;
import uk.secgov.platform.rest.Problem;

/** The party feature's refusals as problems: every field error at once (400), unknown ids (404). */
public final class PartyProblems {

    private PartyProblems() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidPartyData> {

        @Override
        public Response toResponse(InvalidPartyData exception) {
            return Problem.invalid("The request has " + exception.violations().size() + " problem(s).",
                    exception.violations().stream()
                            .map(v -> new Problem.FieldError(v.field(), v.field() + " " + v.problem())).toList())
                    .toResponse();
        }
    }

    @Provider
    public static class Unknown implements ExceptionMapper<UnknownParty> {

        @Override
        public Response toResponse(UnknownParty exception) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
        }
    }
}
