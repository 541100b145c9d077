package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.signature.TestPki.NOW;

import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The path and CRL checks on a test IKI PKI built by Bouncy Castle at test time. */
class CertificatePathCheckTest {

    private static TestPki.Issued root;
    private static TestPki.Issued issuing;
    private static X509CRL rootCrl;
    private final CertificatePathCheck check = new CertificatePathCheck();

    @BeforeAll
    static void aTestIkiPki() {
        root = TestPki.rootCa("CN=Test IKI Root CA,O=Test DCC,C=GB");
        issuing = TestPki.issuingCa(root, "CN=Test IKI Issuing CA,O=Test DCC,C=GB");
        rootCrl = TestPki.freshCrl(root, Map.of());
    }

    private PathVerdict check(TestPki.Issued signer, X509CRL issuingCrl) {
        return check.check(signer.certificate(), List.of(issuing.certificate()), List.of(root.certificate()),
                issuingCrl == null ? List.of(rootCrl) : List.of(rootCrl, issuingCrl), NOW, PolicySettings.anyPolicy());
    }

    @Test
    void passesAManufacturerCertificateThatChainsToTheAnchorWithCurrentCrls() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");

        PathVerdict verdict = check(maker, TestPki.freshCrl(issuing, Map.of()));

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.path()).containsExactly(maker.certificate(), issuing.certificate());
        assertThat(verdict.trustAnchor()).isEqualTo(root.certificate());
    }

    @Test
    void passesAnEcdsaP256Signer() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=EC Signing,O=Meterworks Manufacturing Ltd,C=GB",
                TestPki.ecP256(), NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));

        assertThat(check(maker, TestPki.freshCrl(issuing, Map.of())).isPassed()).isTrue();
    }

    @Test
    void aRevokedCertificateFailsWithTheDateOfRevocation() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=Revoked,O=Meterworks Manufacturing Ltd,C=GB");
        X509CRL crl = TestPki.freshCrl(issuing, Map.of(maker.certificate().getSerialNumber(),
                Instant("2026-11-01T09:00:00Z")));

        PathVerdict verdict = check(maker, crl);

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).isEqualTo(SubIndication.REVOKED);
        assertThat(verdict.reason()).contains("CN=Revoked").contains("has been revoked since 01/11/2026 09:00")
                .contains("key compromise");
    }

    @Test
    void aMissingCrlIsTryLaterNeverAPass() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=No CRL,O=Meterworks Manufacturing Ltd,C=GB");

        PathVerdict verdict = check(maker, null);

        assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(verdict.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(verdict.reason()).contains("Try again once a current CRL is loaded");
    }

    @Test
    void aStaleCrlIsTryLater() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=Stale,O=Meterworks Manufacturing Ltd,C=GB");
        X509CRL stale = TestPki.crl(issuing, issuing.key(), NOW.minus(Duration.ofDays(10)),
                NOW.minus(Duration.ofDays(3)), Map.of());

        assertThat(check(maker, stale).subIndication()).isEqualTo(SubIndication.TRY_LATER);
    }

    @Test
    void aCrlSignedByTheWrongKeyIsNotUsed() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=Forged CRL,O=Meterworks Manufacturing Ltd,C=GB");
        X509CRL forged = TestPki.crl(issuing, TestPki.rsa(2048).getPrivate(), NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(6)), Map.of());

        assertThat(check(maker, forged).subIndication()).isEqualTo(SubIndication.TRY_LATER);
    }

    @Test
    void aCertificateFromAnUnknownCaHasNoChain() {
        TestPki.Issued otherRoot = TestPki.rootCa("CN=Somebody Else CA,O=Elsewhere,C=GB");
        TestPki.Issued stranger = TestPki.signer(otherRoot, "CN=Stranger,O=Elsewhere,C=GB");

        PathVerdict verdict = check(stranger, TestPki.freshCrl(issuing, Map.of()));

        assertThat(verdict.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(verdict.reason()).contains("does not chain to any registered IKI trust anchor");
    }

    @Test
    void anExpiredCertificateIsOutOfBounds() {
        TestPki.Issued old = TestPki.signer(issuing, "CN=Old,O=Meterworks Manufacturing Ltd,C=GB", TestPki.rsa(2048),
                NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)));

        PathVerdict verdict = check(old, TestPki.freshCrl(issuing, Map.of()));

        assertThat(verdict.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
        assertThat(verdict.reason()).contains("expired on 17/10/2026");
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        TestPki.Issued early = TestPki.signer(issuing, "CN=Early,O=Meterworks Manufacturing Ltd,C=GB",
                TestPki.rsa(2048), NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(300)));

        PathVerdict verdict = check(early, TestPki.freshCrl(issuing, Map.of()));

        assertThat(verdict.subIndication()).isEqualTo(SubIndication.NOT_YET_VALID);
        assertThat(verdict.reason()).contains("is not valid until 23/11/2026");
    }

    @Test
    void withoutARegisteredAnchorNothingIsTrusted() {
        TestPki.Issued maker = TestPki.signer(issuing, "CN=Signing,O=Meterworks Manufacturing Ltd,C=GB");

        PathVerdict verdict = check.check(maker.certificate(), List.of(issuing.certificate()), List.of(),
                List.of(rootCrl), NOW, PolicySettings.anyPolicy());

        assertThat(verdict.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(verdict.reason()).contains("No IKI trust anchor is registered");
    }

    private static java.time.Instant Instant(String text) {
        return java.time.Instant.parse(text);
    }
}
