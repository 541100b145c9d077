package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.secgov.it.Api;
import uk.secgov.signature.TestPki;
import uk.secgov.signature.TestSigner;

/**
 * A test IKI made at test time (Bouncy Castle) and registered on the running server through the
 * administrator's API: a root and an issuing CA (both registered as IKI CA certificates), both CRLs, and file-signing certificates
 * for the demo parties (by their IKI organisation names).
 */
public final class IkiFixture {

    public final TestPki.Issued root;
    public final TestPki.Issued issuing;
    public final TestPki.Issued maker;
    public final TestPki.Issued bright;
    public final TestPki.Issued volt;
    public final TestPki.Issued dcc;

    private IkiFixture() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        root = TestPki.rootCa("CN=IT IKI Root " + tag + ",O=Test DCC,C=GB");
        issuing = TestPki.issuingCa(root, "CN=IT IKI Issuing " + tag + ",O=Test DCC,C=GB");
        maker = TestPki.signer(issuing, "CN=File Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");
        bright = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Bright Energy Ltd,C=GB");
        volt = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Volt Supply Ltd,C=GB");
        dcc = TestPki.signer(issuing, "CN=File Signing,OU=DCC,O=Smart DCC Ltd,C=GB");
    }

    /** Made and registered on the server at {@code base}: the anchor and fresh CRLs of both CAs. */
    public static IkiFixture registered(URL base) throws Exception {
        IkiFixture pki = new IkiFixture();
        Api admin = Api.demo(base, "admin");
        Instant now = Instant.now();
        for (TestPki.Issued ca : List.of(pki.root, pki.issuing)) {
            Api.Reply anchor = admin.post("api/v1/trust-anchors", "application/x-pem-file", pem(ca));
            assertThat(anchor.status()).as(anchor.body()).isEqualTo(201);
            Api.Reply crl = admin.post("api/v1/crls", "application/pkix-crl", TestPki.crl(ca, ca.key(),
                    now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), Map.of()).getEncoded());
            assertThat(crl.status()).as(crl.body()).isEqualTo(201);
        }
        return pki;
    }

    /** A detached CMS signature over {@code form}, one parallel SignerInfo per signer (DER). */
    public byte[] sign(byte[] form, TestPki.Issued... signers) throws Exception {
        return TestSigner.parallel(form, false, "SHA256", List.of(issuing.certificate()), signers);
    }

    /** The same with the endorser's signature as a countersignature on the first signer's. */
    public byte[] countersign(byte[] form, TestPki.Issued signer, TestPki.Issued endorser) throws Exception {
        return TestSigner.countersign(form, sign(form, signer), endorser,
                List.of(issuing.certificate(), signer.certificate()));
    }

    private static byte[] pem(TestPki.Issued ca) throws Exception {
        return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ca.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
