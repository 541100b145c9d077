package uk.secgov.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.platform.security.NotAllowed;
import uk.secgov.platform.security.SecGovAuthenticationMechanism;

/** A use case that refused its caller: 401 with a Basic challenge when nobody signed in, otherwise 403. */
@Provider
public class RefusedCallers implements ExceptionMapper<NotAllowed> {

    @Override
    public Response toResponse(NotAllowed refused) {
        if (refused.anonymous()) {
            return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, refused.getMessage()).toResponse())
                    .header("WWW-Authenticate", SecGovAuthenticationMechanism.BasicChallenge.HEADER).build();
        }
        return Problem.of(Response.Status.FORBIDDEN, refused.getMessage()).toResponse();
    }
}
