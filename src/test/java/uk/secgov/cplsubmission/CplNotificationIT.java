package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
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
 * Status changes of a submission are e-mailed, through the server's mail session, to the submitting
 * party's users who have an address, and to nobody else's (an embedded GreenMail SMTP server on the
 * port the IT server is configured with).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplNotificationIT {

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

    private long partyId(String name) {
        for (JsonValue v : Api.demo(base, "admin").get("api/v1/parties?size=100").json().getJsonArray("items")) {
            if (name.equals(v.asJsonObject().getString("name"))) {
                return v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no party " + name);
    }

    private String userWithEmail(String party, String role) {
        String username = "mail" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = Api.demo(base, "admin").post("api/v1/users", "{\"username\":\"" + username
                + "\",\"password\":\"a-long-test-password\",\"partyId\":" + partyId(party) + ",\"roles\":[\"" + role
                + "\"],\"displayName\":\"Mail Test\",\"email\":\"" + username + "@example.org\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username + "@example.org";
    }

    @Test
    void theSubmittersUsersAreToldOfEachStatusAndOtherSuppliersAreNot() throws Exception {
        IkiFixture pki = IkiFixture.registered(base);
        String bright = userWithEmail("Bright Energy", "supplier");
        String volt = userWithEmail("Volt Supply", "supplier");
        byte[] form = csv(with(esme("38040404", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "")),
                FormColumn.MODEL_ID, UUID.randomUUID().toString().substring(0, 8).toUpperCase()));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", pki.sign(form, pki.maker, pki.bright));
        String reference = Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions", parts).json()
                .getString("reference");

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> subject(m).equals("CPL submission " + reference + ": Awaiting SECAS review")));

        MimeMessage[] mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("CPL submission " + reference)).toArray(MimeMessage[]::new);
        // GreenMail keeps one copy per recipient delivered to; each copy names every recipient.
        assertThat(Arrays.stream(mine).map(CplNotificationIT::subject).distinct()).containsExactlyInAnyOrder(
                "CPL submission " + reference + ": Received", "CPL submission " + reference + ": Awaiting SECAS review");
        assertThat(smtp.getReceivedMessagesForDomain(volt)).noneMatch(m -> subject(m).contains(reference));
        assertThat(smtp.getReceivedMessagesForDomain(bright)).extracting(CplNotificationIT::subject)
                .contains("CPL submission " + reference + ": Received");
        for (MimeMessage m : mine) {
            assertThat(Arrays.stream(m.getAllRecipients()).map(Object::toString)).contains(bright).doesNotContain(volt);
            assertThat(GreenMailUtil.getBody(m)).contains("cpl/submission.xhtml?reference=" + reference);
        }
    }

    @Test
    void whenTheSupplierWithdrawsTheSubmissionUnderInvestigationTheOtherPartiesAreTold() throws Exception {
        IkiFixture pki = IkiFixture.registered(base);
        String volt = userWithEmail("Volt Supply", "supplier");
        String model = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        // Volt Supply's Hash is on the CPL for a new Device Model.
        String first = submit(Api.demo(base, "supplier2"), csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID,
                model)), pki, pki.volt);
        for (String[] step : new String[][] {{"secas", "SECAS review"}, {"panel", "Panel decision"}}) {
            Api decider = Api.demo(base, step[0]);
            String task = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> decider.openTask(first,
                    step[1]), java.util.Optional::isPresent).get();
            assertThat(decider.post("api/v1/tasks/" + task + "/complete",
                    "{\"row2\":\"associate\",\"reason2\":\"First Hash for this model\"}").status()).isEqualTo(204);
        }
        // Bright Energy asks for another Hash for it, which opens an investigation.
        Api supplier = Api.demo(base, "supplier");
        String second = submit(supplier, csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model)), pki,
                pki.bright);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> supplier.get("api/v1/cpl/submissions/"
                + second).json().getString("status").equals("UNDER_INVESTIGATION"));

        // Bright Energy withdraws it: a supplier's step, which may not read the investigation's whole record.
        Api.Reply withdrawn = supplier.post("api/v1/cpl/submissions/" + second + "/withdraw",
                "{\"reason\":\"Submitted against the wrong Device Model\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isIn(200, 204);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessagesForDomain(volt).length > 0
                && Arrays.stream(smtp.getReceivedMessagesForDomain(volt)).map(CplNotificationIT::subject)
                        .anyMatch(s -> s.startsWith("Hash conflict HCI-") && s.endsWith(": withdrawn")));
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static String submit(Api api, byte[] form, IkiFixture pki, TestPki.Issued supplier) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", pki.sign(form, pki.maker, supplier));
        Api.Reply reply = api.postMultipart("api/v1/cpl/submissions", parts);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().getString("reference");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
