package uk.secgov.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the certificate path check decided: passed (with the path from the end entity up to, not
 * including, the trust anchor), or why not, in words for a SECAS case worker. A failure about one
 * certificate names it ({@code concerned}) with the date that matters (expiry, start of validity or
 * revocation) and, for a revocation, the CRL's reason in words, so a reason can be put for a supplier.
 */
public record PathVerdict(Indication indication, SubIndication subIndication, String reason,
        List<X509Certificate> path, X509Certificate trustAnchor, X509Certificate concerned, Instant when,
        String revocationReason) {

    public static PathVerdict passed(List<X509Certificate> path, X509Certificate trustAnchor) {
        return new PathVerdict(Indication.TOTAL_PASSED, null, "The certificate chains to the trust anchor "
                + trustAnchor.getSubjectX500Principal().getName() + " and no certificate on the way is revoked.",
                List.copyOf(path), trustAnchor, null, null, null);
    }

    public static PathVerdict failed(SubIndication subIndication, String reason) {
        return new PathVerdict(subIndication.indication(), subIndication, reason, List.of(), null, null, null, null);
    }

    /** A failure about one certificate on the path, at a date (may be null) and with a revocation reason (may be null). */
    public static PathVerdict failedOn(SubIndication subIndication, String reason, X509Certificate concerned,
            Instant when, String revocationReason) {
        return new PathVerdict(subIndication.indication(), subIndication, reason, List.of(), null, concerned, when,
                revocationReason);
    }

    public boolean isPassed() {
        return indication == Indication.TOTAL_PASSED;
    }

    public Optional<SubIndication> why() {
        return Optional.ofNullable(subIndication);
    }

    public Optional<X509Certificate> concernedCertificate() {
        return Optional.ofNullable(concerned);
    }
}
