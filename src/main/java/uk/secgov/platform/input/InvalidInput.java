package uk.secgov.platform.input;

import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.platform.refusal.InvalidRequest;

/**
 * Text or a list that no use case accepts, whatever it is for: a control character, too long, too
 * many items, an empty item. Each violation names the field (or parameter) as the caller sent it.
 */
public class InvalidInput extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")), violations);
    }

    @Override
    public String detail() {
        return counted(violations());
    }
}
