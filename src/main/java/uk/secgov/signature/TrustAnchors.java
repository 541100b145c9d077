package uk.secgov.signature;

import java.util.List;
import java.util.Optional;

/** The register of IKI trust anchors. */
public interface TrustAnchors {

    IkiTrustAnchor add(IkiTrustAnchor anchor);

    Optional<IkiTrustAnchor> byId(long id);

    Optional<IkiTrustAnchor> byFingerprint(String fingerprint);

    List<IkiTrustAnchor> active();

    /** The retired anchors: a CA registered under a retired root is not trusted either. */
    List<IkiTrustAnchor> retired();

    /** Newest first, retired ones included. */
    List<IkiTrustAnchor> page(int first, int size);

    long count();
}
