package uk.secgov.modification;

import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.platform.refusal.InvalidRequest;

/** A request about a case that cannot be accepted as given: each violation names its field and says what is wrong. */
public class InvalidModificationRequest extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidModificationRequest(String field, String reason) {
        super(field, reason);
    }

    public InvalidModificationRequest(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")), violations);
    }
}
