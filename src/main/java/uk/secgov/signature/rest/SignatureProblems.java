package uk.secgov.signature.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.secgov.platform.rest.Problem;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.UnknownSignatureRecord;
import uk.secgov.signature.Uploads;

/** The signature feature's refusals as problems: the reason (400, or 413 over the size limit), unknown ids (404). */
public final class SignatureProblems {

    private SignatureProblems() {
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidSignatureMaterial> {

        @Override
        public Response toResponse(InvalidSignatureMaterial exception) {
            if (exception instanceof Uploads.FileTooLarge) {
                return new Problem("about:blank", "Content Too Large", 413, exception.getMessage(),
                        List.of(new Problem.FieldError(exception.field(), exception.getMessage()))).toResponse();
            }
            return Problem.invalid(exception.getMessage(),
                    List.of(new Problem.FieldError(exception.field(), exception.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class Unknown implements ExceptionMapper<UnknownSignatureRecord> {

        @Override
        public Response toResponse(UnknownSignatureRecord exception) {
            return Problem.of(Response.Status.NOT_FOUND, "There is no such resource.").toResponse();
        }
    }
}
