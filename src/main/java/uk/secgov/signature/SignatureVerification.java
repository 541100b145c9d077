package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.secgov.platform.security.Allowed;

/**
 * Appendix Z 4.3(a) as a service: a submission form's bytes and its signature file checked against
 * the trust anchors and CRLs in force now: checked only, or checked and its report stored.
 */
@ApplicationScoped
public class SignatureVerification {

    @Inject
    CurrentTrust trust;

    @Inject
    SignerParties parties;

    @Inject
    Clock clock;

    @Inject
    VerificationReports reports;

    private volatile SubmissionSignatureCheck check;

    /** Verifies and stores the report on {@code subject} (a submission reference), in the caller's transaction. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    @Allowed(Allowed.SYSTEM)
    public VerificationReport verifyAndRecord(String subject, byte[] form, byte[] signatureFile,
            SubmissionSignatureCheck.Expectations expected) {
        SubmissionSignatureCheck.Verdict verdict = verify(form, signatureFile, expected);
        return reports.add(VerificationReport.of(subject, form, signatureFile, verdict, clock.instant()));
    }

    @Allowed(Allowed.SIGNED_IN)
    public java.util.List<VerificationReport> reportsOf(String subject) {
        return reports.of(subject);
    }

    @Allowed({"supplier", "dcc", "manufacturer"})
    public SubmissionSignatureCheck.Verdict verify(byte[] form, byte[] signatureFile,
            SubmissionSignatureCheck.Expectations expected) {
        return check().verify(form, signatureFile, expected, trust.material(), clock.instant());
    }

    private SubmissionSignatureCheck check() {
        SubmissionSignatureCheck c = check;
        if (c == null) {
            c = new SubmissionSignatureCheck(new CmsSignatureCheck(), new CertificatePathCheck(), parties);
            check = c;
        }
        return c;
    }
}
