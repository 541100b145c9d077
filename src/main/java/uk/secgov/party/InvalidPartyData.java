package uk.secgov.party;

import java.util.List;
import java.util.stream.Collectors;

/** A party or user request that breaks one or more rules; each violation names its field. */
public class InvalidPartyData extends RuntimeException {

    /** One broken rule: the field and what is wrong with it. */
    public record Violation(String field, String problem) {
    }

    private final transient List<Violation> violations;

    public InvalidPartyData(String field, String problem) {
        this(List.of(new Violation(field, problem)));
    }

    public InvalidPartyData(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.problem()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
