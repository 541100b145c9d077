package uk.secgov.modification;

import java.util.List;
import java.util.stream.Collectors;

/** A request about a case that cannot be accepted as given: each problem names its field and says what is wrong. */
public class InvalidModificationRequest extends RuntimeException {

    /** One problem: the field and the reason in plain words. */
    public record Violation(String field, String reason) {
    }

    private final transient List<Violation> violations;

    public InvalidModificationRequest(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    public InvalidModificationRequest(List<Violation> violations) {
        super(violations.stream().map(Violation::reason).collect(Collectors.joining(" ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
