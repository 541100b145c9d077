package uk.secgov.platform.refusal;

/**
 * No such record, or one the caller may not see: the two look the same. The API answers 404 with
 * {@value #NO_SUCH_RESOURCE} unless the feature says more; a page shows the message. Features name theirs
 * {@code Unknown…} ({@code UnknownRelease}).
 */
public abstract class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    public static final String NO_SUCH_RESOURCE = "There is no such resource.";

    private final String detail;

    /** Tells an API caller only {@value #NO_SUCH_RESOURCE}. */
    protected NotFound(String message) {
        this(message, NO_SUCH_RESOURCE);
    }

    protected NotFound(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    @Override
    public String detail() {
        return detail;
    }
}
