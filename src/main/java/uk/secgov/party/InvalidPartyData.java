package uk.secgov.party;

import java.util.List;
import java.util.stream.Collectors;
import uk.secgov.platform.refusal.InvalidRequest;

/** A party or user request that breaks one or more rules; each violation names its field and begins with it. */
public class InvalidPartyData extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidPartyData(String field, String problem) {
        this(List.of(violation(field, problem)));
    }

    public InvalidPartyData(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")), violations);
    }

    /** A broken rule said after its field's name: {@code name must not be blank}. */
    static Violation violation(String field, String problem) {
        return new Violation(field, field + " " + problem);
    }

    @Override
    public String detail() {
        return counted(violations());
    }
}
