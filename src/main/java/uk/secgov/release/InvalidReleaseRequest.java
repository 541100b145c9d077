package uk.secgov.release;

import uk.secgov.platform.refusal.InvalidRequest;

/** A release change that cannot be made, with the field and the reason in plain words. */
public class InvalidReleaseRequest extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidReleaseRequest(String field, String reason) {
        super(field, reason);
    }

    /** The field the reason is about. */
    public String field() {
        return violations().get(0).field();
    }
}
