package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.smets1Gsme;
import static uk.secgov.cpl.FormFixtures.with;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
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
import uk.secgov.cpl.FormColumn;
import uk.secgov.cpl.IkiFixture;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * A CPL submission end to end over the API, on the real server and engine: intake (202 at once),
 * verification and the rules in the background, SECAS review and Panel decision through the task
 * API, the register updated; and every refusal and denial on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplSubmissionApiIT {

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

    /** A model id no other test uses, so each test meets a Device Model the CPL has never seen. */
    private static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private static Map<String, byte[]> parts(byte[] form, byte[] signature) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", signature);
        return parts;
    }

    private String submit(String user, byte[] form, byte[] signature) {
        Api.Reply reply = Api.demo(base, user).postMultipart(SUBMISSIONS, parts(form, signature));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().getString("status")).isEqualTo("RECEIVED");
        String reference = reply.json().getString("reference");
        assertThat(reference).matches("CPL-20\\d\\d-\\d{6}");
        return reference;
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

    private String taskOf(String user, String reference, String name) {
        Api api = Api.demo(base, user);
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.openTask(reference, name), java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void aSupplierSubmitsSecasRecommendsThePanelAssociatesAndTheCplHasTheHash() throws Exception {
        String hash = newHash();
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, newModel()));
        String reference = submit("supplier", form, pki.countersign(form, pki.maker, pki.bright));

        JsonObject review = awaitStatus("supplier", reference, "AWAITING_REVIEW");
        assertThat(review.getJsonObject("verification").getString("indication")).isEqualTo("TOTAL_PASSED");
        assertThat(review.getJsonObject("verification").getJsonArray("signatures")).hasSize(2);
        assertThat(review.getString("formSha256")).hasSize(64);
        assertThat(review.getJsonArray("rows").getJsonObject(0).getString("outcome")).isEqualTo("PENDING");

        String reviewTask = taskOf("secas", reference, "SECAS review");
        Api.Reply incomplete = Api.demo(base, "secas").post("api/v1/tasks/" + reviewTask + "/complete",
                "{\"row2\":\"associate\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Row 2: give the reason.");
        assertThat(Api.demo(base, "secas").post("api/v1/tasks/" + reviewTask + "/complete",
                "{\"row2\":\"associate\",\"reason2\":\"Signed and no current Hash\"}").status()).isEqualTo(204);
        awaitStatus("secas", reference, "AWAITING_PANEL_DECISION");
        assertThat(Api.demo(base, "supplier").get("api/v1/tasks/" + reviewTask).status()).isEqualTo(404);

        String decision = taskOf("panel", reference, "Panel decision");
        assertThat(Api.demo(base, "panel").post("api/v1/tasks/" + decision + "/complete",
                "{\"row2\":\"associate\",\"reason2\":\"Associated as recommended\"}").status()).isEqualTo(204);

        JsonObject done = awaitStatus("supplier", reference, "COMPLETED");
        JsonObject row = done.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("outcome")).isEqualTo("ASSOCIATED");
        assertThat(row.getJsonArray("history")).extracting(v -> v.asJsonObject().getString("stage"))
                .containsExactly("RULES", "RECOMMENDATION", "DECISION");
        assertThat(done.getJsonArray("timeline")).extracting(v -> v.asJsonObject().getString("status"))
                .containsExactly("RECEIVED", "AWAITING_REVIEW", "AWAITING_PANEL_DECISION", "COMPLETED");

        // The published CPL (public) shows the entry, its history and the exports carry it.
        Api anyone = Api.anonymous(base);
        JsonObject listed = anyone.get("api/v1/cpl/entries?q=" + row.getString("modelId").toLowerCase()
                + "&deviceType=ESME&status=HASH_ASSOCIATED").json();
        assertThat(listed.getInt("total")).isEqualTo(1);
        JsonObject entry = listed.getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("currentHash")).isEqualTo(hash);
        long entryId = entry.getJsonNumber("entryId").longValue();
        assertThat(anyone.get("api/v1/cpl/entries/" + entryId).json().getString("modelId"))
                .isEqualTo(row.getString("modelId"));
        JsonObject step = anyone.get("api/v1/cpl/entries/" + entryId + "/history").structure().asJsonArray()
                .getJsonObject(0);
        assertThat(step.getString("submissionReference")).isEqualTo(reference);
        assertThat(step.getString("reason")).isEqualTo("Associated as recommended");
        assertThat(anyone.get("api/v1/cpl/export.csv", "text/csv").body()).contains(hash);
        assertThat(anyone.get("api/v1/cpl/export.xlsx", "*/*").status()).isEqualTo(200);
        assertThat(anyone.get("api/v1/cpl/entries/999999999").status()).isEqualTo(404);
        Api.Reply badFilter = anyone.get("api/v1/cpl/entries?deviceType=TOASTER");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body()).contains("Unknown device type 'TOASTER'");

        // The same Device Model with another Hash is now a conflict (Appendix Z 4.3(b)).
        byte[] again = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID,
                row.getString("modelId")));
        String conflicting = submit("supplier", again, pki.sign(again, pki.maker, pki.bright));
        JsonObject conflict = awaitStatus("secas", conflicting, "UNDER_INVESTIGATION");
        assertThat(conflict.getJsonArray("rows").getJsonObject(0).getString("outcome")).isEqualTo("CONFLICT");
        assertThat(conflict.getJsonArray("rows").getJsonObject(0).getJsonArray("history").getJsonObject(0)
                .getString("reason")).contains(hash).contains(reference);
        String investigation = Api.demo(base, "secas").get("api/v1/cpl/investigations").json().getJsonArray("items")
                .getJsonObject(0).getString("reference");
        assertThat(taskOf("secas", investigation, "Open the investigation")).isNotNull();
    }

    @Test
    void aSubmissionThatFailsVerificationIsRejectedWithItsReportAndChangesNothing() throws Exception {
        String hash = newHash();
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, newModel()));
        byte[] otherForm = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, newModel()));
        String reference = submit("supplier", form, pki.sign(otherForm, pki.maker, pki.bright));

        JsonObject rejected = awaitStatus("supplier", reference, "REJECTED");

        assertThat(rejected.getJsonObject("verification").getString("subIndication")).isEqualTo("HASH_FAILURE");
        assertThat(rejected.getJsonArray("rows")).isEmpty();
        assertThat(Api.anonymous(base).get("api/v1/cpl/export.csv", "text/csv").body())
                .doesNotContain(hash);
        assertThat(rejected.getJsonArray("timeline").getJsonObject(1).getString("note"))
                .contains("Appendix Z 4.3(a) is not met");
    }

    @Test
    void aBadFormIsRejectedWithEveryErrorAndASmets1FormFromASupplierIsRejected() throws Exception {
        byte[] bad = csv(with(esme("3804", newHash()), FormColumn.DEVICE_TYPE, "KETTLE"));
        String badReference = submit("supplier", bad, pki.sign(bad, pki.maker, pki.bright));
        JsonObject badForm = awaitStatus("supplier", badReference, "REJECTED");
        assertThat(badForm.getJsonArray("timeline").getJsonObject(1).getString("note"))
                .contains("Row 2, Device Type (A)").contains("Row 2, Firmware Version (G)");

        byte[] smets1 = csv(with(smets1Gsme("01020304", newHash()), FormColumn.MODEL_ID, newModel()));
        String smets1Reference = submit("supplier", smets1, pki.sign(smets1, pki.maker, pki.bright));
        JsonObject refused = awaitStatus("supplier", smets1Reference, "REJECTED");
        assertThat(refused.getJsonObject("verification").getString("summary")).contains("must be endorsed by the DCC");
    }

    @Test
    void onlyTheSubmitterTheNamedManufacturerSecasAndThePanelSeeASubmission() throws Exception {
        byte[] form = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, newModel()));
        String reference = submit("supplier", form, pki.sign(form, pki.maker, pki.bright));
        awaitStatus("supplier", reference, "AWAITING_REVIEW");

        for (String user : new String[] {"supplier", "manufacturer", "secas", "panel"}) {
            assertThat(Api.demo(base, user).get(SUBMISSIONS + "/" + reference).status()).as(user).isEqualTo(200);
            assertThat(Api.demo(base, user).get(SUBMISSIONS + "?size=200").body()).as(user).contains(reference);
        }
        for (String user : new String[] {"supplier2", "dcc"}) {
            Api.Reply other = Api.demo(base, user).get(SUBMISSIONS + "/" + reference);
            assertThat(other.status()).as(user).isEqualTo(404);
            assertThat(Api.demo(base, user).get(SUBMISSIONS + "?size=200").body()).as(user).doesNotContain(reference);
        }
        assertThat(Api.demo(base, "admin").get(SUBMISSIONS + "/" + reference).status()).isEqualTo(403);
        assertThat(Api.anonymous(base).get(SUBMISSIONS + "/" + reference).status()).isEqualTo(401);
        assertThat(Api.demo(base, "supplier").get(SUBMISSIONS + "/CPL-1999-000001").status()).isEqualTo(404);
        assertThat(Api.demo(base, "manufacturer").postMultipart(SUBMISSIONS, parts(form, form)).status())
                .isEqualTo(403);
    }

    @Test
    void theSubmitterWithdrawsBeforeTheDecisionAndNobodyElseCan() throws Exception {
        byte[] form = csv(with(esme("38040404", newHash()), FormColumn.MODEL_ID, newModel()));
        String reference = submit("supplier", form, pki.sign(form, pki.maker, pki.bright));
        awaitStatus("supplier", reference, "AWAITING_REVIEW");

        assertThat(Api.demo(base, "supplier2").post(SUBMISSIONS + "/" + reference + "/withdraw",
                "{\"reason\":\"not ours\"}").status()).isEqualTo(404);
        Api.Reply withdrawn = Api.demo(base, "supplier").post(SUBMISSIONS + "/" + reference + "/withdraw",
                "{\"reason\":\"Wrong firmware file\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonObject after = awaitStatus("supplier", reference, "WITHDRAWN");
        assertThat(after.getJsonArray("timeline").getJsonObject(2).getString("note")).contains("Wrong firmware file");
        Api.Reply twice = Api.demo(base, "supplier").post(SUBMISSIONS + "/" + reference + "/withdraw",
                "{\"reason\":\"Again\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("can no longer be withdrawn");
    }

    @Test
    void underThePanelsDelegationSecasDecidesAnAssociationWithoutAConflict() throws Exception {
        Api panel = Api.demo(base, "panel");
        assertThat(panel.post("api/v1/cpl/panel-delegation", "{\"delegated\":true}").status()).isEqualTo(400);
        assertThat(Api.demo(base, "secas").post("api/v1/cpl/panel-delegation",
                "{\"delegated\":true,\"rationale\":\"x\"}").status()).isEqualTo(403);
        Api.Reply set = panel.post("api/v1/cpl/panel-delegation",
                "{\"delegated\":true,\"rationale\":\"Panel meeting 13 November 2026, minute 7\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            String hash = newHash();
            byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, newModel()));
            String reference = submit("supplier", form, pki.sign(form, pki.maker, pki.bright));
            awaitStatus("secas", reference, "AWAITING_REVIEW");
            assertThat(Api.demo(base, "secas").post("api/v1/tasks/" + taskOf("secas", reference, "SECAS review")
                    + "/complete", "{\"row2\":\"associate\",\"reason2\":\"No conflict\"}").status()).isEqualTo(204);

            JsonObject done = awaitStatus("supplier", reference, "COMPLETED");
            JsonObject row = done.getJsonArray("rows").getJsonObject(0);
            assertThat(row.getString("outcome")).isEqualTo("ASSOCIATED");
            assertThat(row.getJsonArray("history").getJsonObject(2).getString("stage")).isEqualTo("DELEGATED_DECISION");
            assertThat(row.getJsonArray("history").getJsonObject(2).getString("reason"))
                    .contains("under the Panel's delegation");
        } finally {
            assertThat(panel.post("api/v1/cpl/panel-delegation",
                    "{\"delegated\":false,\"rationale\":\"End of the test\"}").status()).isEqualTo(200);
        }
        assertThat(panel.get("api/v1/cpl/panel-delegation").json().getBoolean("delegated")).isFalse();
    }

    @Test
    void emptyOrMissingFilesAreRefusedAndNothingIsStored() {
        Api supplier = Api.demo(base, "supplier");
        long before = supplier.get(SUBMISSIONS).json().getJsonNumber("total").longValue();

        Api.Reply missing = supplier.postMultipart(SUBMISSIONS, Map.of("form", new byte[] {1}));
        Api.Reply empty = supplier.postMultipart(SUBMISSIONS, parts(new byte[0], new byte[] {1}));
        Api.Reply tooLarge = supplier.postMultipart(SUBMISSIONS, parts(new byte[10 * 1024 * 1024 + 1], new byte[] {1}));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("The form file is empty.");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(supplier.get(SUBMISSIONS).json().getJsonNumber("total").longValue()).isEqualTo(before);
    }
}
