package uk.secgov.platform.refusal;

import java.util.List;

/**
 * A request that cannot be accepted as given, with every violation found (not just the first), each naming the field
 * as the caller sent it. The API answers 400 with each violation; a page shows each beside its field where it has
 * one. A request may also be refused as a whole, without a field (no violations): the message says why.
 */
public abstract class InvalidRequest extends Refusal {

    private static final long serialVersionUID = 1L;

    /** One field and what is wrong with it, in words for the person who filled it in. */
    public record Violation(String field, String message) {
    }

    private final transient List<Violation> violations;

    protected InvalidRequest(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** One field's violation, which is also the message. */
    protected InvalidRequest(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * Whether the request was refused for its size alone (an upload over the limit), so the API answers 413 and a
     * client knows that sending the same body again cannot help.
     */
    public boolean tooLarge() {
        return false;
    }

    /** The usual summary of several violations: {@code The request has 2 problem(s).} */
    protected static String counted(List<Violation> violations) {
        return "The request has " + violations.size() + " problem(s).";
    }
}
