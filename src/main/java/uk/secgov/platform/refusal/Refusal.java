package uk.secgov.platform.refusal;

/**
 * A use case did not do what was asked, for a reason the caller can act on; nothing was recorded. Its message is in
 * words for a person; {@link #detail()} is what an API caller is told, which is the message unless a subtype says
 * less (an unknown record does not say what was looked for).
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected Refusal(String message) {
        super(message);
    }

    /** What an API caller is told. */
    public String detail() {
        return getMessage();
    }
}
