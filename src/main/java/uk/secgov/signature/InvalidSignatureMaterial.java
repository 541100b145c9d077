package uk.secgov.signature;

import uk.secgov.platform.refusal.InvalidRequest;

/** A certificate, CRL or signature file that cannot be accepted, with the reason in plain words. */
public class InvalidSignatureMaterial extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidSignatureMaterial(String field, String reason) {
        super(field, reason);
    }

    /** The field (the upload) the reason is about. */
    public String field() {
        return violations().get(0).field();
    }
}
