package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.signature.TestPki.NOW;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IkiCrlTest {

    private static final TestPki.Issued CA = TestPki.rootCa("CN=Crl Root,O=Test DCC,C=GB");

    @Test
    void keepsTheCrlsNumberDatesAndRevokedCount() {
        X509CRL crl = TestPki.crl(CA, CA.key(), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(7)),
                Map.of(BigInteger.valueOf(7), NOW.minus(Duration.ofDays(2)), BigInteger.valueOf(8), NOW));
        IkiTrustAnchor anchor = IkiTrustAnchor.register(CA.certificate(), null, "ada", NOW);

        IkiCrl record = IkiCrl.received(crl, anchor, IkiCrl.Source.UPLOAD, "ada", NOW);

        assertThat(record.crlNumber()).contains(String.valueOf(NOW.minus(Duration.ofHours(1)).getEpochSecond()));
        assertThat(record.revokedCount()).isEqualTo(2);
        assertThat(record.thisUpdate()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(record.isCurrentAt(NOW)).isTrue();
        assertThat(record.isCurrentAt(NOW.plus(Duration.ofDays(8)))).isFalse();
    }
}
