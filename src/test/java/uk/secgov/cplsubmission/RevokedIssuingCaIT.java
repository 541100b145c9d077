package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;
import uk.secgov.signature.TestPki;

/**
 * An issuing CA revoked by its root's CRL, over HTTP: signatures under it fail as revoked, the trust
 * anchor API shows the revocation with the open CPL submissions signed under it, SECAS is e-mailed that
 * list, and an issuing CA cannot be registered before its root.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevokedIssuingCaIT {

    private static final String PEM = "application/x-pem-file";
    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void anSmtpServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void aRevokedIssuingCaFailsItsSignaturesAndIsReportedWithTheOpenSubmissionsUnderIt() throws Exception {
        IkiFixture pki = IkiFixture.registered(base);
        String secas = secasUserWithEmail();
        byte[] form = csv(with(esme("38040404", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "")),
                FormColumn.MODEL_ID, UUID.randomUUID().toString().substring(0, 8).toUpperCase()));
        String reference = Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions",
                parts(form, pki.sign(form, pki.maker, pki.bright))).json().getString("reference");
        awaitStatus(reference, "AWAITING_REVIEW");
        Api admin = Api.demo(base, "admin");

        Api.Reply crl = admin.post("api/v1/crls", "application/pkix-crl", TestPki.crl(pki.root, pki.root.key(),
                Instant.now(), Instant.now().plus(Duration.ofDays(7)),
                Map.<BigInteger, Instant>of(pki.issuing.certificate().getSerialNumber(), Instant.now())).getEncoded());
        assertThat(crl.status()).as(crl.body()).isEqualTo(201);

        String issuing = pki.issuing.certificate().getSubjectX500Principal().getName();
        JsonObject warning = warnings(admin).stream()
                .map(JsonValue::asJsonObject).filter(w -> w.getString("trustAnchor").equals(issuing)
                        && w.getString("text").contains("was revoked by its root")).findFirst().orElseThrow();
        assertThat(warning.getJsonArray("affectedSubmissions").getValuesAs(JsonValue::toString))
                .containsExactly("\"" + reference + "\"");
        assertThat(warning.getString("text")).contains("Open CPL submissions signed under it: " + reference + ".")
                .doesNotContain("null");

        JsonObject anchor = anchorNamed(admin, issuing);
        long rootId = anchorNamed(admin, pki.root.certificate().getSubjectX500Principal().getName()).getJsonNumber("id")
                .longValue();
        assertThat(anchor.getJsonNumber("issuedByTrustAnchorId").longValue()).isEqualTo(rootId);
        JsonObject revocation = anchor.getJsonObject("revocation");
        assertThat(revocation.getString("reason")).isEqualTo("key compromise");
        assertThat(revocation.getJsonArray("affectedOpenSubmissions").getString(0)).isEqualTo(reference);

        JsonObject verdict = Api.demo(base, "supplier").postMultipart("api/v1/signature/verify",
                parts(form, pki.sign(form, pki.maker, pki.bright))).json();
        assertThat(verdict.getString("indication")).as(verdict.toString()).isEqualTo("TOTAL_FAILED");
        assertThat(verdict.getString("subIndication")).isEqualTo("REVOKED");
        assertThat(verdict.getString("summary")).contains("The IKI issuing CA IT IKI Issuing").contains("was revoked on");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessagesForDomain(secas))
                .anyMatch(m -> GreenMailUtil.getBody(m).contains(reference)));
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessagesForDomain(secas))
                .filter(m -> GreenMailUtil.getBody(m).contains(reference)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("IKI issuing CA revoked: 1 open CPL submission affected");
        assertThat(GreenMailUtil.getBody(mail)).contains("cpl/submission.xhtml?reference=" + reference);

        long issuingId = anchor.getJsonNumber("id").longValue();
        assertThat(admin.post("api/v1/trust-anchors/" + issuingId + "/retire", "{\"reason\":\"Revoked by its root\"}")
                .status()).isEqualTo(200);
        assertThat(admin.get("api/v1/trust-anchors/warnings").body()).doesNotContain(issuing + " was revoked");
    }

    @Test
    void anIssuingCaIsRefusedUntilItsRootIsRegistered() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestPki.Issued root = TestPki.rootCa("CN=IT Unregistered Root " + tag + ",O=Test DCC,C=GB");
        TestPki.Issued issuing = TestPki.issuingCa(root, "CN=IT Orphan Issuing " + tag + ",O=Test DCC,C=GB");
        Api admin = Api.demo(base, "admin");

        Api.Reply refused = admin.post("api/v1/trust-anchors", PEM, pem(issuing));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("is an issuing CA, not a root: register its root CA");
        assertThat(admin.post("api/v1/trust-anchors", PEM, pem(root)).status()).isEqualTo(201);
        Api.Reply added = admin.post("api/v1/trust-anchors", PEM, pem(issuing));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long rootId = anchorNamed(admin, root.certificate().getSubjectX500Principal().getName()).getJsonNumber("id")
                .longValue();
        assertThat(added.json().getJsonNumber("issuedByTrustAnchorId").longValue()).isEqualTo(rootId);
        assertThat(added.json().containsKey("revocation")).as("no revocation (null is left out)").isFalse();
    }

    private static jakarta.json.JsonArray warnings(Api admin) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
                new java.io.StringReader(admin.get("api/v1/trust-anchors/warnings").body()))) {
            return reader.readArray();
        }
    }

    private JsonObject anchorNamed(Api admin, String subject) {
        return admin.get("api/v1/trust-anchors?size=500").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("subject").equals(subject) && a.getBoolean("active")).findFirst().orElseThrow();
    }

    private void awaitStatus(String reference, String status) {
        Api api = Api.demo(base, "supplier");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Api.Reply reply = api.get("api/v1/cpl/submissions/" + reference);
            return reply.status() == 200 && status.equals(reply.json().getString("status"));
        });
    }

    private String secasUserWithEmail() {
        long secasParty = Api.demo(base, "admin").get("api/v1/parties?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals("SECAS")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String username = "ca" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.demo(base, "admin").post("api/v1/users", "{\"username\":\"" + username
                + "\",\"password\":\"a-long-test-password\",\"partyId\":" + secasParty + ",\"roles\":[\"secas\"],"
                + "\"displayName\":\"Case Worker\",\"email\":\"" + username + "@example.org\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username + "@example.org";
    }

    private static Map<String, byte[]> parts(byte[] form, byte[] signature) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", signature);
        return parts;
    }

    private static byte[] pem(TestPki.Issued ca) throws Exception {
        return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ca.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
