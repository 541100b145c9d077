package uk.secgov.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** A calendar request or override that cannot be accepted: each problem names its field and says what is wrong. */
public class InvalidCalendarRequest extends RuntimeException {

    /** One problem: the field and the reason in plain words. */
    public record Violation(String field, String reason) {
    }

    private final transient List<Violation> violations;

    public InvalidCalendarRequest(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidCalendarRequest(List<Violation> violations) {
        super(violations.stream().map(Violation::reason).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    /** The field of the first problem. */
    public String field() {
        return violations.get(0).field();
    }

    public List<Violation> violations() {
        return violations;
    }
}
