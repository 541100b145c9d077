package uk.secgov.signature;

import java.time.Instant;
import java.util.List;

/**
 * A CRL just loaded revokes a registered issuing CA: every signature under it now fails, and these open
 * submissions (by reference) were signed under it. Fired once, when the revocation first appears.
 */
public record IssuingCaRevoked(long trustAnchorId, String issuingCa, String root, Instant revokedAt, String reason,
        List<String> openSubmissions, String text) {
}
