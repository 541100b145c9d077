package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.secgov.platform.security.Allowed;

/** Adding and retiring IKI trust anchors (administrators). Anchors are retired, never deleted. */
@ApplicationScoped
@Transactional
public class TrustAnchorRegistry {


    @Inject
    TrustAnchors anchors;

    @Inject
    CurrentTrust currentTrust;

    @Inject
    Clock clock;

    @Allowed("admin")
    public IkiTrustAnchor register(byte[] certificateFile, String crlUrl, String actor) {
        IkiTrustAnchor anchor = IkiTrustAnchor.register(CryptoFiles.certificate("certificate", certificateFile), crlUrl,
                actor, clock.instant());
        anchors.byFingerprint(anchor.fingerprint()).ifPresent(existing -> {
            throw new InvalidSignatureMaterial("certificate", "This certificate is already a trust anchor (added "
                    + UkTime.date(existing.addedAt()) + " by " + existing.addedBy() + ").");
        });
        IkiTrustAnchor added = anchors.add(anchor);
        currentTrust.forget();
        return added;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public long count() {
        return anchors.count();
    }
}
