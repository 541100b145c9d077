package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * Receiving CRLs, uploaded or fetched. A CRL is accepted only if a registered, active trust anchor
 * with its issuer's name signed it, and only if it is newer than the one already loaded for that
 * issuer; an accepted CRL is kept as it came.
 */
@ApplicationScoped
@Transactional
public class CrlRegistry {


    @Inject
    TrustAnchors anchors;

    @Inject
    Crls crls;

    @Inject
    CurrentTrust currentTrust;

    @Inject
    CrlFetches fetches;

    @Inject
    Clock clock;

    @Inject
    RevokedIssuingCas revoked;

    @Inject
    Event<IssuingCaRevoked> caRevoked;

    @Allowed("admin")
    public IkiCrl receive(byte[] crlFile, IkiCrl.Source source, String actor) {
        X509CRL crl = CryptoFiles.crl("crl", crlFile);
        IkiTrustAnchor issuer = issuerOf(crl);
        IkiCrl record = IkiCrl.received(crl, issuer, source, actor, clock.instant());
        crls.byFingerprint(record.fingerprint()).ifPresent(existing -> {
            throw new CrlNotNewer("This CRL is already loaded (received "
                    + UkFormat.DATE_TIME.format(existing.receivedAt()) + ").");
        });
        Optional<IkiCrl> newest = crls.newestOf(issuer.id());
        if (newest.isPresent() && !record.thisUpdate().isAfter(newest.get().thisUpdate())) {
            throw new CrlNotNewer("This CRL (issued " + UkFormat.DATE_TIME.format(record.thisUpdate())
                    + ") is not newer than the one already loaded for " + issuer.subject() + " (issued "
                    + UkFormat.DATE_TIME.format(newest.get().thisUpdate()) + ").");
        }
        IkiCrl saved = crls.add(record);
        currentTrust.forget();
        announceNewlyRevokedCas(issuer, crl, newest);
        return saved;
    }

    /** Tells whoever must know (SECAS) of each registered issuing CA this CRL revokes and the one before did not. */
    private void announceNewlyRevokedCas(IkiTrustAnchor issuer, X509CRL crl, Optional<IkiCrl> previous) {
        List<IkiTrustAnchor> active = anchors.active();
        List<Long> before = previous.map(p -> revoked.revokedBy(issuer, p.parse(), active).stream()
                .map(r -> r.ca().id()).toList()).orElse(List.of());
        revoked.revokedBy(issuer, crl, active).stream().filter(r -> !before.contains(r.ca().id()))
                .forEach(r -> caRevoked.fire(new IssuingCaRevoked(r.ca().id(), r.ca().subject(), r.root().subject(),
                        r.revokedAt(), r.reason(), r.openSubmissions(), r.text())));
    }

    private IkiTrustAnchor issuerOf(X509CRL crl) {
        List<IkiTrustAnchor> named = anchors.active().stream()
                .filter(a -> a.certificate().getSubjectX500Principal().equals(crl.getIssuerX500Principal())).toList();
        if (named.isEmpty()) {
            throw new InvalidSignatureMaterial("crl", "The CRL's issuer " + crl.getIssuerX500Principal().getName()
                    + " is not an active trust anchor; add its certificate first.");
        }
        for (IkiTrustAnchor anchor : named) {
            try {
                crl.verify(anchor.certificate().getPublicKey());
                return anchor;
            } catch (GeneralSecurityException notThisKey) {
                // try the next anchor with the same name (a re-keyed CA)
            }
        }
        throw new InvalidSignatureMaterial("crl", "The CRL is not signed by the key of its issuer "
                + crl.getIssuerX500Principal().getName() + ": it is refused.");
    }

    /** Logs one attempt to fetch an anchor's CRL, in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Allowed(Allowed.SYSTEM)
    public CrlFetch logFetch(long anchorId, CrlFetch.Outcome outcome, String detail) {
        IkiTrustAnchor anchor = anchors.byId(anchorId).orElseThrow(() -> new UnknownSignatureRecord("trust anchor", anchorId));
        return fetches.add(CrlFetch.of(anchor, clock.instant(), outcome, detail));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public java.util.Optional<CrlFetch> lastFetchOf(long anchorId) {
        return fetches.latestOf(anchorId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public List<IkiCrl> page(int first, int size) {
        return crls.page(first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public long count() {
        return crls.count();
    }
}
