package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.signature.TestPki.NOW;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IkiTrustAnchorTest {

    private static final TestPki.Issued ROOT = TestPki.rootCa("CN=Anchor Root,O=Test DCC,C=GB");

    @Test
    void registersACaCertificateWithItsFingerprintAndCrlAddress() {
        IkiTrustAnchor anchor = IkiTrustAnchor.register(ROOT.certificate(), "https://crl.example.org/root.crl",
                "ada", NOW);

        assertThat(anchor.subject()).isEqualTo("CN=Anchor Root,O=Test DCC,C=GB");
        assertThat(anchor.fingerprint()).hasSize(64).isEqualTo(CryptoFiles.sha256(derOf(anchor)));
        assertThat(anchor.crlUrl()).contains("https://crl.example.org/root.crl");
        assertThat(anchor.isActive()).isTrue();
    }

    private static byte[] derOf(IkiTrustAnchor anchor) {
        try {
            return anchor.certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesAnEndEntityCertificate() {
        TestPki.Issued signer = TestPki.signer(ROOT, "CN=Just a signer,O=Maker,C=GB");

        assertThatThrownBy(() -> IkiTrustAnchor.register(signer.certificate(), null, "ada", NOW))
                .isInstanceOf(InvalidSignatureMaterial.class).hasMessageContaining("is not a CA certificate");
    }

    @Test
    void refusesAnExpiredCa() {
        assertThatThrownBy(() -> IkiTrustAnchor.register(ROOT.certificate(), null, "ada", NOW.plus(Duration.ofDays(4000))))
                .hasMessageContaining("has already expired");
    }

    @Test
    void refusesACrlAddressThatIsNotHttp() {
        assertThatThrownBy(() -> IkiTrustAnchor.register(ROOT.certificate(), "file:///etc/passwd", "ada", NOW))
                .hasMessageContaining("http or https URL");
    }

    @Test
    void retiringNeedsAReasonAndHappensOnce() {
        IkiTrustAnchor anchor = IkiTrustAnchor.register(ROOT.certificate(), null, "ada", NOW);

        assertThatThrownBy(() -> anchor.retire(" ", "ada", NOW)).hasMessageContaining("Say why");
        anchor.retire("Replaced by the 2027 root", "ada", NOW);

        assertThat(anchor.isActive()).isFalse();
        assertThat(anchor.retiredReason()).contains("Replaced by the 2027 root");
        assertThatThrownBy(() -> anchor.retire("again", "ada", NOW)).hasMessageContaining("already retired");
    }
}
