package uk.secgov.calendar;

import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.platform.refusal.InvalidRequest;

/** A calendar request or override that cannot be accepted: each violation names its field and says what is wrong. */
public class InvalidCalendarRequest extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidCalendarRequest(String field, String reason) {
        super(field, reason);
    }

    public InvalidCalendarRequest(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")), violations);
    }

    /** The field of the first problem. */
    public String field() {
        return violations().get(0).field();
    }
}
