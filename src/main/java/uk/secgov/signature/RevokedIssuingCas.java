package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * Registered issuing CAs that their root has revoked (its newest CRL lists them), with the open
 * submissions signed under them: every signature under such a CA fails as revoked, so the
 * administrator retires it and SECAS looks again at the open submissions it affects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevokedIssuingCas {

    /** One registered issuing CA on its root's CRL. */
    public record Revocation(IkiTrustAnchor ca, IkiTrustAnchor root, Instant revokedAt, String reason,
            List<String> openSubmissions) {

        /** For the administrator and SECAS, in words. */
        public String text() {
            return "The issuing CA " + ca.subject() + " was revoked by its root " + root.subject() + " on "
                    + UkFormat.WORDS.format(revokedAt) + (reason == null ? "" : " (" + reason + ")")
                    + ": every signature under it now fails as revoked. Retire it. " + (openSubmissions.isEmpty()
                            ? "No open CPL submission is signed under it."
                            : "Open CPL submissions signed under it: " + String.join(", ", openSubmissions) + ".");
        }
    }

    @Inject
    TrustAnchors anchors;

    @Inject
    Crls crls;

    @Inject
    VerificationReports reports;

    @Inject
    Instance<OpenVerifiedSubjects> openSubjects;

    /** Every active registered issuing CA that its root's newest CRL revokes. */
    @Allowed("admin")
    public List<Revocation> current() {
        List<IkiTrustAnchor> active = anchors.active();
        List<Revocation> revocations = new ArrayList<>();
        for (IkiTrustAnchor root : active) {
            // Only a CA with registered CAs under it (a root) needs its CRL read here; an issuing CA's may be large.
            if (active.stream().anyMatch(ca -> issuedBy(ca, root))) {
                crls.newestOf(root.id()).ifPresent(crl -> revocations.addAll(revokedBy(root, crl.parse(), active)));
            }
        }
        return revocations;
    }

    /** The active registered issuing CAs under {@code root} that this CRL of the root revokes. */
    List<Revocation> revokedBy(IkiTrustAnchor root, X509CRL crl, List<IkiTrustAnchor> active) {
        List<Revocation> revoked = new ArrayList<>();
        for (IkiTrustAnchor ca : active) {
            if (!issuedBy(ca, root)) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(ca.certificate());
            if (entry != null) {
                revoked.add(new Revocation(ca, root, entry.getRevocationDate().toInstant(), reasonOf(entry),
                        openSubmissionsUnder(ca)));
            }
        }
        return revoked;
    }

    private static boolean issuedBy(IkiTrustAnchor ca, IkiTrustAnchor root) {
        return !ca.id().equals(root.id())
                && TrustHierarchy.issuerAmong(ca.certificate(), List.of(root.certificate())).isPresent();
    }

    private List<String> openSubmissionsUnder(IkiTrustAnchor ca) {
        List<String> signed = reports.subjectsSignedUnder(ca.subject());
        if (signed.isEmpty() || !openSubjects.isResolvable()) {
            return List.of();
        }
        return openSubjects.get().openAmong(signed);
    }

    private static String reasonOf(X509CRLEntry entry) {
        CRLReason reason = entry.getRevocationReason();
        return reason == null || reason == CRLReason.UNSPECIFIED ? null
                : reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The revocation of one registered anchor, if its root revoked it. */
    public static Optional<Revocation> of(long anchorId, List<Revocation> current) {
        return current.stream().filter(r -> r.ca().id() == anchorId).findFirst();
    }
}
