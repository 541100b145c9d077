package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * Adding and retiring IKI CA certificates (administrators): roots, and issuing CAs under a registered
 * root. They are retired, never deleted.
 */
@ApplicationScoped
@Transactional
public class TrustAnchorRegistry {


    @Inject
    TrustAnchors anchors;

    @Inject
    CurrentTrust currentTrust;

    @Inject
    Clock clock;

    @Inject
    RevokedIssuingCas revoked;

    @Allowed("admin")
    public IkiTrustAnchor register(byte[] certificateFile, String crlUrl, String actor) {
        IkiTrustAnchor anchor = IkiTrustAnchor.register(CryptoFiles.certificate("certificate", certificateFile), crlUrl,
                actor, clock.instant());
        anchors.byFingerprint(anchor.fingerprint()).ifPresent(existing -> {
            throw new InvalidSignatureMaterial("certificate", "This certificate is already a trust anchor (added "
                    + UkFormat.DATE.format(existing.addedAt()) + " by " + existing.addedBy() + ").");
        });
        requireRegisteredIssuer(anchor.certificate());
        IkiTrustAnchor added = anchors.add(anchor);
        currentTrust.forget();
        return added;
    }

    /**
     * A root is an anchor; an issuing CA is registered under its root, which must be registered (and active)
     * first, so that the root's CRL is read and can revoke it.
     */
    private void requireRegisteredIssuer(java.security.cert.X509Certificate certificate) {
        if (TrustHierarchy.selfSigned(certificate)) {
            return;
        }
        List<java.security.cert.X509Certificate> active = anchors.active().stream().map(IkiTrustAnchor::certificate).toList();
        if (TrustHierarchy.issuerAmong(certificate, active).isEmpty()) {
            throw new InvalidSignatureMaterial("certificate", "The certificate of "
                    + CertificatePathCheck.nameOf(certificate) + " is an issuing CA, not a root: register its root CA ("
                    + certificate.getIssuerX500Principal().getName() + ") first, then this one under it, so that the"
                    + " root's CRL can revoke it.");
        }
    }

    @Allowed("admin")
    public IkiTrustAnchor retire(long anchorId, String reason, String actor) {
        IkiTrustAnchor anchor = anchors.byId(anchorId).orElseThrow(() -> new UnknownSignatureRecord("trust anchor", anchorId));
        anchor.retire(reason, actor, clock.instant());
        currentTrust.forget();
        return anchor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public IkiTrustAnchor byId(long anchorId) {
        return anchors.byId(anchorId).orElseThrow(() -> new UnknownSignatureRecord("trust anchor", anchorId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public List<IkiTrustAnchor> activeWithCrlAddress() {
        return anchors.active().stream().filter(a -> a.crlUrl().isPresent()).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public List<IkiTrustAnchor> page(int first, int size) {
        return anchors.page(first, size);
    }

    /**
     * Where an active anchor stands: the registered CA that issued it (none for a root, or for an issuing
     * CA whose root is not registered) and, if that CA's newest CRL revokes it, the revocation.
     */
    public record Standing(Long issuedBy, RevokedIssuingCas.Revocation revocation) {

        public boolean isRoot() {
            return issuedBy == null;
        }

        public boolean isRevoked() {
            return revocation != null;
        }
    }

    /** The standing of every active anchor, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public Map<Long, Standing> standings() {
        List<IkiTrustAnchor> active = anchors.active();
        List<RevokedIssuingCas.Revocation> revocations = revoked.current();
        Map<Long, Standing> standings = new HashMap<>();
        for (IkiTrustAnchor anchor : active) {
            Long issuedBy = TrustHierarchy.selfSigned(anchor.certificate()) ? null : active.stream()
                    .filter(other -> !other.id().equals(anchor.id()) && TrustHierarchy.issuerAmong(anchor.certificate(),
                            List.of(other.certificate())).isPresent()).map(IkiTrustAnchor::id).findFirst().orElse(null);
            standings.put(anchor.id(), new Standing(issuedBy, RevokedIssuingCas.of(anchor.id(), revocations).orElse(null)));
        }
        return standings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public long count() {
        return anchors.count();
    }
}
