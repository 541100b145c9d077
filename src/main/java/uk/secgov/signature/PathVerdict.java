package uk.secgov.signature;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What the certificate path check decided: passed (with the path from the end entity up to, not
 * including, the trust anchor), or why not, in words for a SECAS case worker.
 */
public record PathVerdict(Indication indication, SubIndication subIndication, String reason,
        List<X509Certificate> path, X509Certificate trustAnchor) {

    public static PathVerdict passed(List<X509Certificate> path, X509Certificate trustAnchor) {
        return new PathVerdict(Indication.TOTAL_PASSED, null, "The certificate chains to the trust anchor "
                + trustAnchor.getSubjectX500Principal().getName() + " and no certificate on the way is revoked.",
                List.copyOf(path), trustAnchor);
    }

    public static PathVerdict failed(SubIndication subIndication, String reason) {
        return new PathVerdict(subIndication.indication(), subIndication, reason, List.of(), null);
    }

    public boolean isPassed() {
        return indication == Indication.TOTAL_PASSED;
    }

    public Optional<SubIndication> why() {
        return Optional.ofNullable(subIndication);
    }
}
