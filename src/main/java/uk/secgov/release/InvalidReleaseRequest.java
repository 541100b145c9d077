package uk.secgov.release;

/** A release change that cannot be made, with the field and the reason in plain words. */
public class InvalidReleaseRequest extends RuntimeException {

    private final String field;

    public InvalidReleaseRequest(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
