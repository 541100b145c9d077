package uk.secgov.signature;

import uk.secgov.platform.refusal.NotFound;

/** No trust anchor or CRL with that id. */
public class UnknownSignatureRecord extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownSignatureRecord(String what, long id) {
        super("No " + what + " with id " + id);
    }
}
