package uk.secgov.signature;

/** No trust anchor or CRL with that id. */
public class UnknownSignatureRecord extends RuntimeException {

    public UnknownSignatureRecord(String what, long id) {
        super("No " + what + " with id " + id);
    }
}
