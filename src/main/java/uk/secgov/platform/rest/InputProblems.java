package uk.secgov.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.secgov.platform.input.InvalidInput;

/** Text or a list no use case accepts (a control character, too long, too many items): 400 naming each field. */
@Provider
public class InputProblems implements ExceptionMapper<InvalidInput> {

    @Override
    public Response toResponse(InvalidInput exception) {
        return Problem.invalid("The request has " + exception.problems().size() + " problem(s).", exception.problems()
                .stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList()).toResponse();
    }
}
