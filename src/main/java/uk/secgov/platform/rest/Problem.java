package uk.secgov.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem: what went wrong, in words for the caller, with every field error found.
 * Never carries an exception message or stack trace of the server.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Bad Request", 400, detail, List.copyOf(errors));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
