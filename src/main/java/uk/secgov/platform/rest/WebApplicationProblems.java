package uk.secgov.platform.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.secgov.platform.security.SecGovAuthenticationMechanism;
import uk.secgov.platform.web.ResponsePolicy;

/**
 * The framework's own refusals as problems: an anonymous caller of a protected endpoint is asked
 * to authenticate (401 with a Basic challenge); a caller without the role is refused (403).
 */
@Provider
public class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {

    /**
     * A query (or form, header, matrix, cookie) parameter that did not convert, as RESTEasy reports it: JAX-RS answers
     * 404 for that, but the resource exists and the caller needs to hear which parameter is wrong (400).
     */
    private static final Pattern PARAMETER = Pattern.compile(
            "(?:Query|Form|Header|Matrix|Cookie)Param\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\)(?:.*?value is '(.*)')?",
            Pattern.DOTALL);

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ForbiddenException) {
            if (security.getUserPrincipal() == null) {
                return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "This endpoint needs a signed-in caller: send HTTP Basic credentials.").toResponse())
                        .header("WWW-Authenticate", SecGovAuthenticationMechanism.BasicChallenge.HEADER).build();
            }
            return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this.").toResponse();
        }
        if (exception instanceof NotFoundException && exception.getCause() != null) {
            Matcher parameter = PARAMETER.matcher(String.valueOf(exception.getMessage()));
            if (parameter.find()) {
                String name = parameter.group(1);
                return Problem.invalid("The request has 1 problem(s).", List.of(new Problem.FieldError(name,
                        name + " must be a number" + (parameter.group(2) == null ? "" : ", but was '"
                                + abbreviated(parameter.group(2)) + "'") + "."))).toResponse();
            }
        }
        if (exception instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
        }
        if (exception instanceof NotAllowedException) {
            return Problem.of(Response.Status.METHOD_NOT_ALLOWED, "This method is not allowed here.").toResponse();
        }
        if (exception instanceof NotSupportedException) {
            return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "This content type is not accepted here.").toResponse();
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.").toResponse();
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return (known == null ? Problem.of(Response.Status.BAD_REQUEST, "The request could not be read.")
                : Problem.of(known, "The request could not be processed: " + known.getReasonPhrase() + "."))
                .toResponse();
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** Unreadable JSON bodies. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Override
        public Response toResponse(ProcessingException exception) {
            if (ResponsePolicy.isTooLarge(exception)) {
                return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The request body is larger than the server accepts.").toResponse();
            }
            return Problem.of(Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON of the expected shape.").toResponse();
        }
    }
}
