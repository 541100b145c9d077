package uk.secgov.signature;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How the registered IKI CA certificates hang together. The trust anchors are the roots; a registered
 * CA that another registered CA signed (an issuing CA) is an intermediate under it, whether it was
 * registered under its root or as an anchor itself, so its issuer's CRL is read and can revoke it.
 * A CA whose issuer is registered but retired is not trusted at all; one whose issuer was never
 * registered (registered before roots were required) stays an anchor, and a warning says so.
 */
public final class TrustHierarchy {

    private final List<X509Certificate> roots = new ArrayList<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private final List<X509Certificate> unlinked = new ArrayList<>();
    private final List<X509Certificate> underRetired = new ArrayList<>();
    private final List<X509Certificate> active;

    private TrustHierarchy(Collection<X509Certificate> active, Collection<X509Certificate> retired) {
        this.active = List.copyOf(active);
        for (X509Certificate ca : active) {
            if (selfSigned(ca)) {
                roots.add(ca);
            } else if (issuerAmong(ca, active).isPresent()) {
                intermediates.add(ca);
            } else if (issuerAmong(ca, retired).isPresent()) {
                underRetired.add(ca);
            } else {
                unlinked.add(ca);
            }
        }
    }

    /** The active registered CA certificates, and the retired ones (an issuing CA under a retired root is not trusted). */
    public static TrustHierarchy of(Collection<X509Certificate> active, Collection<X509Certificate> retired) {
        return new TrustHierarchy(active, retired);
    }

    /** The path check's trust anchors: the roots, and any CA whose issuer was never registered. */
    public List<X509Certificate> anchors() {
        List<X509Certificate> anchors = new ArrayList<>(roots);
        anchors.addAll(unlinked);
        return List.copyOf(anchors);
    }

    /** Registered CAs signed by another active registered CA: on the path, checked against their issuer's CRL. */
    public List<X509Certificate> intermediates() {
        return List.copyOf(intermediates);
    }

    /** Registered CAs that are not roots and whose issuer is not registered: their revocation cannot be checked. */
    public List<X509Certificate> unlinked() {
        return List.copyOf(unlinked);
    }

    /** Registered CAs whose issuer was retired: nothing under them is trusted. */
    public List<X509Certificate> underRetired() {
        return List.copyOf(underRetired);
    }

    /** The active registered CA that signed this intermediate. */
    public Optional<X509Certificate> issuerOf(X509Certificate ca) {
        return selfSigned(ca) ? Optional.empty() : issuerAmong(ca, active);
    }

    /** Self-issued and signed by its own key: a root. */
    public static boolean selfSigned(X509Certificate ca) {
        return ca.getSubjectX500Principal().equals(ca.getIssuerX500Principal()) && signedBy(ca, ca);
    }

    /** A CA among these with the certificate's issuer name whose key signed it. */
    public static Optional<X509Certificate> issuerAmong(X509Certificate ca, Collection<X509Certificate> candidates) {
        return candidates.stream().filter(c -> !c.equals(ca))
                .filter(c -> c.getSubjectX500Principal().equals(ca.getIssuerX500Principal()))
                .filter(c -> signedBy(ca, c)).findFirst();
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException notThisKey) {
            return false;
        }
    }
}
