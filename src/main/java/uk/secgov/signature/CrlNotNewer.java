package uk.secgov.signature;

/** The CRL offered is the one already loaded, or older: nothing to add (for a fetch, no failure either). */
public class CrlNotNewer extends InvalidSignatureMaterial {

    public CrlNotNewer(String reason) {
        super("crl", reason);
    }
}
