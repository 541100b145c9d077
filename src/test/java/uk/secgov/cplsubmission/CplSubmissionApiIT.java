package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.smets1Gsme;
import static uk.secgov.cpl.FormFixtures.with;
import static uk.secgov.it.CplSubmissionSteps.SUBMISSIONS;
import static uk.secgov.it.CplSubmissionSteps.newEsmeForm;
import static uk.secgov.it.CplSubmissionSteps.newHash;
import static uk.secgov.it.CplSubmissionSteps.newModel;
import static uk.secgov.it.CplSubmissionSteps.parts;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.cpl.FormColumn;
import uk.secgov.it.Api;
import uk.secgov.it.CplSubmissionSteps;
import uk.secgov.it.Deployments;

/**
 * A CPL submission end to end over the API, on the real server and engine: intake (202 at once),
 * verification and the rules in the background, SECAS review and Panel decision through the task
 * API, the register updated; and every refusal and denial on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplSubmissionApiIT {

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

    @Test
    void aSupplierSubmitsSecasRecommendsThePanelAssociatesAndTheCplHasTheHash() throws Exception {
        String hash = newHash();
        byte[] form = newEsmeForm(hash);
        String reference = cpl.submit("supplier", form, cpl.pki.countersign(form, cpl.pki.maker, cpl.pki.bright));

        JsonObject review = cpl.awaitStatus("supplier", reference, "AWAITING_REVIEW");
        assertThat(review.getJsonObject("verification").getString("indication")).isEqualTo("TOTAL_PASSED");
        assertThat(review.getJsonObject("verification").getJsonArray("signatures")).hasSize(2);
        assertThat(review.getString("formSha256")).hasSize(64);
        assertThat(review.getJsonArray("rows").getJsonObject(0).getString("outcome")).isEqualTo("PENDING");

        String reviewTask = cpl.taskOf("secas", reference, "SECAS review");
        Api.Reply incomplete = Api.demo(base, "secas").post("api/v1/tasks/" + reviewTask + "/complete",
                "{\"row2\":\"associate\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Row 2: give the reason.");
        assertThat(Api.demo(base, "secas").post("api/v1/tasks/" + reviewTask + "/complete",
                "{\"row2\":\"associate\",\"reason2\":\"Signed and no current Hash\"}").status()).isEqualTo(204);
        cpl.awaitStatus("secas", reference, "AWAITING_PANEL_DECISION");
        assertThat(Api.demo(base, "supplier").get("api/v1/tasks/" + reviewTask).status()).isEqualTo(404);

        String decision = cpl.taskOf("panel", reference, "Panel decision");
        assertThat(Api.demo(base, "panel").post("api/v1/tasks/" + decision + "/complete",
                "{\"row2\":\"associate\",\"reason2\":\"Associated as recommended\"}").status()).isEqualTo(204);

        JsonObject done = cpl.awaitStatus("supplier", reference, "COMPLETED");
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
        String conflicting = cpl.submit("supplier", again, cpl.pki.sign(again, cpl.pki.maker, cpl.pki.bright));
        JsonObject conflict = cpl.awaitStatus("secas", conflicting, "UNDER_INVESTIGATION");
        assertThat(conflict.getJsonArray("rows").getJsonObject(0).getString("outcome")).isEqualTo("CONFLICT");
        assertThat(conflict.getJsonArray("rows").getJsonObject(0).getJsonArray("history").getJsonObject(0)
                .getString("reason")).contains(hash).contains(reference);
        String investigation = Api.demo(base, "secas").get("api/v1/cpl/investigations").json().getJsonArray("items")
                .getJsonObject(0).getString("reference");
        assertThat(cpl.taskOf("secas", investigation, "Open the investigation")).isNotNull();
    }

    @Test
    void aSubmissionThatFailsVerificationIsRejectedWithItsReportAndChangesNothing() throws Exception {
        String hash = newHash();
        byte[] form = newEsmeForm(hash);
        byte[] otherForm = newEsmeForm();
        String reference = cpl.submit("supplier", form, cpl.pki.sign(otherForm, cpl.pki.maker, cpl.pki.bright));

        JsonObject rejected = cpl.awaitStatus("supplier", reference, "REJECTED");

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
        String badReference = cpl.submit("supplier", bad, cpl.pki.sign(bad, cpl.pki.maker, cpl.pki.bright));
        JsonObject badForm = cpl.awaitStatus("supplier", badReference, "REJECTED");
        assertThat(badForm.getJsonArray("timeline").getJsonObject(1).getString("note"))
                .contains("Row 2, Device Type (A)").contains("Row 2, Firmware Version (G)");

        byte[] smets1 = csv(with(smets1Gsme("01020304", newHash()), FormColumn.MODEL_ID, newModel()));
        String smets1Reference = cpl.submit("supplier", smets1, cpl.pki.sign(smets1, cpl.pki.maker, cpl.pki.bright));
        JsonObject refused = cpl.awaitStatus("supplier", smets1Reference, "REJECTED");
        assertThat(refused.getJsonObject("verification").getString("summary")).contains("must be endorsed by the DCC");
    }

    @Test
    void onlyTheSubmitterTheNamedManufacturerSecasAndThePanelSeeASubmission() throws Exception {
        byte[] form = newEsmeForm();
        String reference = cpl.awaitingReview(form);

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
        String reference = cpl.awaitingReview(newEsmeForm());

        assertThat(Api.demo(base, "supplier2").post(SUBMISSIONS + "/" + reference + "/withdraw",
                "{\"reason\":\"not ours\"}").status()).isEqualTo(404);
        Api.Reply withdrawn = Api.demo(base, "supplier").post(SUBMISSIONS + "/" + reference + "/withdraw",
                "{\"reason\":\"Wrong firmware file\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonObject after = cpl.awaitStatus("supplier", reference, "WITHDRAWN");
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
            byte[] form = newEsmeForm();
            String reference = cpl.submit("supplier", form, cpl.pki.sign(form, cpl.pki.maker, cpl.pki.bright));
            cpl.awaitStatus("secas", reference, "AWAITING_REVIEW");
            cpl.complete("secas", reference, "SECAS review", "{\"row2\":\"associate\",\"reason2\":\"No conflict\"}");

            JsonObject done = cpl.awaitStatus("supplier", reference, "COMPLETED");
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
