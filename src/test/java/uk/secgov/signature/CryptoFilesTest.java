package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CryptoFilesTest {

    private static final TestPki.Issued CA = TestPki.rootCa("CN=Files CA,O=Test DCC,C=GB");

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der() throws Exception {
        return CA.certificate().getEncoded();
    }

    @Test
    void readsACertificateAsDerOrPem() throws Exception {
        assertThat(CryptoFiles.certificate("f", der())).isEqualTo(CA.certificate());
        assertThat(CryptoFiles.certificate("f", pem("CERTIFICATE", der()).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(CA.certificate());
    }

    @Test
    void readsACrlAsDerOrPem() throws Exception {
        byte[] crl = TestPki.freshCrl(CA, Map.of()).getEncoded();

        assertThat(CryptoFiles.crl("f", crl).getIssuerX500Principal()).isEqualTo(CA.certificate().getSubjectX500Principal());
        assertThat(CryptoFiles.crl("f", pem("X509 CRL", crl).getBytes(StandardCharsets.US_ASCII)).getEncoded()).isEqualTo(crl);
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> CryptoFiles.certificate("certificate", new byte[0]))
                .isInstanceOf(InvalidSignatureMaterial.class).hasMessageContaining("The file is empty");
    }

    @Test
    void garbageIsRefusedAsNeitherDerNorPem() {
        assertThatThrownBy(() -> CryptoFiles.certificate("f", "hello, this is not a certificate".getBytes()))
                .hasMessageContaining("neither a DER certificate nor a PEM block");
    }

    @Test
    void pemWithTextAroundItIsRefusedWithThatReason() throws Exception {
        byte[] withJunk = ("Certificate:\n    Data: ...\n" + pem("CERTIFICATE", der())).getBytes();

        assertThatThrownBy(() -> CryptoFiles.certificate("f", withJunk)).hasMessageContaining("other text before");
        assertThatThrownBy(() -> CryptoFiles.certificate("f", (pem("CERTIFICATE", der()) + "trailing").getBytes()))
                .hasMessageContaining("other text after");
    }

    @Test
    void aTruncatedDerIsRefused() throws Exception {
        byte[] truncated = Arrays.copyOf(der(), der().length / 2);

        assertThatThrownBy(() -> CryptoFiles.certificate("f", truncated))
                .hasMessageContaining("not a readable X.509 certificate");
    }

    @Test
    void theWrongKindOfPemBlockIsNamed() throws Exception {
        assertThatThrownBy(() -> CryptoFiles.crl("crl", pem("CERTIFICATE", der()).getBytes()))
                .hasMessageContaining("holds a certificate, not a CRL");
    }

    @Test
    void twoBlocksAtOnceAreRefused() throws Exception {
        String two = pem("CERTIFICATE", der()) + pem("CERTIFICATE", der());

        assertThatThrownBy(() -> CryptoFiles.certificate("f", two.getBytes())).hasMessageContaining("more than one");
    }
}
