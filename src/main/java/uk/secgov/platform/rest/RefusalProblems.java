package uk.secgov.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.secgov.platform.refusal.InvalidRequest;
import uk.secgov.platform.refusal.NotFound;
import uk.secgov.platform.refusal.Refusal;
import uk.secgov.platform.refusal.Refused;
import uk.secgov.platform.security.NotAllowed;
import uk.secgov.platform.security.SecGovAuthenticationMechanism;

/**
 * Every feature's refusals as problems, by their base type: an invalid request 400 with each violation (413 when
 * only its size is wrong), a refused step 409 (403 when refused because of who asks), an unknown record 404, and a
 * refused caller 403, or 401 with a Basic challenge when nobody signed in. The detail is the refusal's own.
 */
@Provider
public class RefusalProblems implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        Response response = problemOf(refusal).toResponse();
        if (refusal instanceof NotAllowed refused && refused.anonymous()) {
            return Response.fromResponse(response)
                    .header("WWW-Authenticate", SecGovAuthenticationMechanism.BasicChallenge.HEADER).build();
        }
        return response;
    }

    /** The problem a refusal is answered with; a refusal of no more particular kind is a conflict (409). */
    static Problem problemOf(Refusal refusal) {
        if (refusal instanceof InvalidRequest invalid) {
            List<Problem.FieldError> errors = invalid.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            return invalid.tooLarge() ? new Problem("about:blank", "Content Too Large", 413, invalid.detail(), errors)
                    : Problem.invalid(invalid.detail(), errors);
        }
        if (refusal instanceof NotFound) {
            return Problem.of(Response.Status.NOT_FOUND, refusal.detail());
        }
        if (refusal instanceof NotAllowed refused) {
            return Problem.of(refused.anonymous() ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN,
                    refused.detail());
        }
        return Problem.of(refusal instanceof Refused refused && refused.byWhoAsks() ? Response.Status.FORBIDDEN
                : Response.Status.CONFLICT, refusal.detail());
    }
}
