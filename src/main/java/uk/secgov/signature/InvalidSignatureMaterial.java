package uk.secgov.signature;

/** A certificate, CRL or signature file that cannot be accepted, with the reason in plain words. */
public class InvalidSignatureMaterial extends RuntimeException {

    private final String field;

    public InvalidSignatureMaterial(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
