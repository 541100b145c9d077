package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/** Trust anchors and CRLs over the API: what an administrator can load, and every refusal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustAnchorApiIT {

    private static final String PEM = "application/x-pem-file";
    private static final String DER_CRL = "application/pkix-crl";

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private static TestPki.Issued newCa() {
        return TestPki.rootCa("CN=IT Root " + UUID.randomUUID().toString().substring(0, 8) + ",O=Test DCC,C=GB");
    }

    private static byte[] pemOf(TestPki.Issued ca) throws Exception {
        return CryptoFilesTest.pem("CERTIFICATE", ca.certificate().getEncoded()).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] crl(TestPki.Issued issuer, java.security.PrivateKey key, Instant thisUpdate,
            Map<BigInteger, Instant> revoked) throws Exception {
        return TestPki.crl(issuer, key, thisUpdate, thisUpdate.plus(Duration.ofDays(7)), revoked).getEncoded();
    }

    @Test
    void anAdministratorAddsATrustAnchorAndItsCrlsAndRetiresIt() throws Exception {
        Api admin = Api.demo(base, "admin");
        TestPki.Issued ca = newCa();

        Api.Reply added = admin.post("api/v1/trust-anchors?crlUrl=https://crl.example.org/it.crl", PEM, pemOf(ca));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonObject anchor = added.json();
        assertThat(anchor.getString("subject")).isEqualTo(ca.certificate().getSubjectX500Principal().getName());
        assertThat(anchor.getString("sha256Fingerprint")).hasSize(64);
        assertThat(anchor.getString("crlUrl")).isEqualTo("https://crl.example.org/it.crl");
        long id = anchor.getJsonNumber("id").longValue();

        Instant issued = Instant.now().minus(Duration.ofHours(2));
        Api.Reply crl = admin.post("api/v1/crls", DER_CRL, crl(ca, ca.key(), issued,
                Map.of(BigInteger.valueOf(77), issued.minus(Duration.ofDays(1)), BigInteger.valueOf(78), issued)));
        assertThat(crl.status()).as(crl.body()).isEqualTo(201);
        assertThat(crl.json().getInt("revokedCount")).isEqualTo(2);
        assertThat(crl.json().getString("issuer")).isEqualTo(anchor.getString("subject"));
        assertThat(crl.json().getString("staleAt")).isEqualTo(crl.json().getString("nextUpdate"));

        Api.Reply older = admin.post("api/v1/crls", DER_CRL, crl(ca, ca.key(), issued.minus(Duration.ofDays(1)), Map.of()));
        assertThat(older.status()).isEqualTo(400);
        assertThat(older.body()).contains("is not newer than the one already loaded");

        Api.Reply forged = admin.post("api/v1/crls", DER_CRL, crl(ca, TestPki.rsa(2048).getPrivate(),
                issued.plus(Duration.ofMinutes(5)), Map.of()));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.body()).contains("not signed by the key of its issuer");

        assertThat(admin.post("api/v1/trust-anchors/" + id + "/retire", "{}").body()).contains("Say why");
        Api.Reply retired = admin.post("api/v1/trust-anchors/" + id + "/retire", "{\"reason\":\"Replaced\"}");
        assertThat(retired.json().getBoolean("active")).isFalse();
        assertThat(admin.get("api/v1/trust-anchors?size=500").body()).contains(anchor.getString("sha256Fingerprint"));
        assertThat(admin.post("api/v1/crls", DER_CRL, crl(ca, ca.key(), issued.plus(Duration.ofMinutes(10)), Map.of()))
                .body()).contains("is not an active trust anchor");
    }

    @Test
    void badCertificatesAreRefusedEachWithItsReason() throws Exception {
        Api admin = Api.demo(base, "admin");
        TestPki.Issued ca = newCa();
        admin.post("api/v1/trust-anchors", PEM, pemOf(ca));

        assertThat(admin.post("api/v1/trust-anchors", PEM, pemOf(ca)).body()).contains("already a trust anchor");
        assertThat(admin.post("api/v1/trust-anchors", PEM, new byte[0]).body()).contains("The file is empty");
        assertThat(admin.post("api/v1/trust-anchors", PEM, "junk".getBytes()).body())
                .contains("neither a DER certificate nor a PEM block");
        byte[] junkAround = ("issuer=me\n" + new String(pemOf(ca), StandardCharsets.US_ASCII)).getBytes();
        assertThat(admin.post("api/v1/trust-anchors", PEM, junkAround).body()).contains("other text before");
        TestPki.Issued signer = TestPki.signer(ca, "CN=Signer,O=Maker,C=GB");
        Api.Reply notCa = admin.post("api/v1/trust-anchors", "application/pkix-cert", signer.certificate().getEncoded());
        assertThat(notCa.status()).isEqualTo(400);
        assertThat(notCa.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("certificate");
        assertThat(notCa.body()).contains("is not a CA certificate");
    }

    @Test
    void aCrlOfAnUnknownIssuerOrTooLargeIsRefused() throws Exception {
        Api admin = Api.demo(base, "admin");
        TestPki.Issued stranger = newCa();

        assertThat(admin.post("api/v1/crls", DER_CRL, crl(stranger, stranger.key(), Instant.now(), Map.of())).body())
                .contains("is not an active trust anchor");
        Api.Reply tooLarge = admin.post("api/v1/crls", DER_CRL, new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than the limit of 10 MB");
    }

    @Test
    void onlyAdministratorsManageTrustAnchorsAndCrls() throws Exception {
        TestPki.Issued ca = newCa();
        for (String user : new String[] {"secas", "supplier", "dcc", "manufacturer", "panel"}) {
            Api caller = Api.demo(base, user);
            assertThat(caller.post("api/v1/trust-anchors", PEM, pemOf(ca)).status()).as(user).isEqualTo(403);
            assertThat(caller.get("api/v1/crls").status()).as(user).isEqualTo(403);
        }
        assertThat(Api.anonymous(base).get("api/v1/trust-anchors").status()).isEqualTo(401);
    }
}
