package uk.secgov.signature;

import java.util.List;
import java.util.Optional;

/** The CRLs received, kept as they came. */
public interface Crls {

    IkiCrl add(IkiCrl crl);

    Optional<IkiCrl> byFingerprint(String fingerprint);

    /** The newest CRL (by thisUpdate) of each active trust anchor that has one. */
    List<IkiCrl> newestPerActiveAnchor();

    Optional<IkiCrl> newestOf(long trustAnchorId);

    /** Newest first. */
    List<IkiCrl> page(int first, int size);

    long count();
}
