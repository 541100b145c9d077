package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * The demo a new user meets: the demo IKI is trusted, the demo CPL entries are listed (imported the way a real
 * installation starts its register), and the ready-signed examples in {@code docs/examples/} do what their names
 * say when a supplier submits them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplExamplesIT {

    private static final Path EXAMPLES = Path.of("docs/examples");

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private JsonObject submitExample(String example) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", Files.readAllBytes(EXAMPLES.resolve(example).resolve("form.csv")));
        parts.put("signature", Files.readAllBytes(EXAMPLES.resolve(example).resolve("form.csv.p7s")));
        Api supplier = Api.demo(base, "supplier");
        Api.Reply reply = supplier.postMultipart("api/v1/cpl/submissions", parts);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        String reference = reply.json().getString("reference");
        JsonObject[] last = new JsonObject[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = supplier.get("api/v1/cpl/submissions/" + reference).json();
            return !List.of("RECEIVED").contains(last[0].getString("status"));
        });
        return last[0];
    }

    @Test
    void anUpgradePathFromAnEntryThatIsNotOnTheCplOrIsAnotherManufacturersIsRejected() throws Exception {
        IkiFixture pki = IkiFixture.registered(base);
        String model = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        byte[] form = FormFixtures.csv(
                FormFixtures.with(FormFixtures.with(FormFixtures.esme("38040404", FormFixtures.HASH_A),
                        FormColumn.MODEL_ID, model), FormColumn.UPGRADE_FROM, "999999"),
                FormFixtures.with(FormFixtures.with(FormFixtures.esme("38040405", FormFixtures.HASH_B),
                        FormColumn.MODEL_ID, model), FormColumn.UPGRADE_FROM, "1001;1005"));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", pki.sign(form, pki.maker, pki.bright));
        Api supplier = Api.demo(base, "supplier");
        String reference = supplier.postMultipart("api/v1/cpl/submissions", parts).json().getString("reference");
        JsonObject[] last = new JsonObject[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = supplier.get("api/v1/cpl/submissions/" + reference).json();
            return "REJECTED".equals(last[0].getString("status"));
        });
        assertThat(last[0].getJsonArray("rows").getJsonObject(0).getJsonArray("history").getJsonObject(0)
                .getString("reason")).contains("999999 is not a CPL Entry ID");
        assertThat(last[0].getJsonArray("rows").getJsonObject(1).getJsonArray("history").getJsonObject(0)
                .getString("reason")).contains("CPL entry 1005 is device type ESME of manufacturer 10A2, not ESME of 1063")
                .doesNotContain("1001");
    }

    @Test
    void theDemoCplIsListedWithWhereEachEntryCameFrom() {
        Api anyone = Api.anonymous(base);
        JsonObject entry = anyone.get("api/v1/cpl/entries/1001").json();
        assertThat(entry.getString("status")).isEqualTo("HASH_ASSOCIATED");
        assertThat(entry.getString("currentHash"))
                .isEqualTo("76bfd68342d51d4377bf5f4aea9994a3de82dc80fd0c8d4e25c7d7559f99505e");
        JsonObject first = anyone.get("api/v1/cpl/entries/1001/history").structure().asJsonArray().getJsonObject(0);
        assertThat(first.getString("importedFrom")).isEqualTo("Demo CPL (not the real Central Products List)");
        assertThat(first.containsKey("submissionReference") && !first.isNull("submissionReference")).isFalse();
        assertThat(anyone.get("api/v1/cpl/entries?manufacturerId=10A2").json().getInt("total")).isEqualTo(2);
    }

    @Test
    void theExportReadsBackAsAnImportAndOnlySecasMayImportAndOnlyIntoAnEmptyRegister() {
        Api.Reply export = Api.anonymous(base).get("api/v1/cpl/export.csv", "text/csv");
        List<CplImporter.ImportedEntry> read = CplImporter.read(export.body().getBytes(StandardCharsets.UTF_8));
        assertThat(read).extracting(CplImporter.ImportedEntry::entryId).contains(1001L, 1007L);

        byte[] demo = export.body().getBytes(StandardCharsets.UTF_8);
        Api.Reply again = Api.demo(base, "secas").post("api/v1/cpl/imports?source=Again", "text/csv", demo);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("already has").contains("Device Model");
        assertThat(Api.demo(base, "supplier").post("api/v1/cpl/imports?source=Mine", "text/csv", demo).status())
                .isEqualTo(403);
        assertThat(Api.anonymous(base).post("api/v1/cpl/imports?source=Mine", "text/csv", demo).status())
                .isEqualTo(401);
        Api.Reply noSource = Api.demo(base, "secas").post("api/v1/cpl/imports", "text/csv", demo);
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.body()).contains("Say which published CPL this is");
    }

    @Test
    void thePassingExampleAwaitsReview() throws Exception {
        JsonObject submission = submitExample("passes");
        assertThat(submission.getString("status")).isEqualTo("AWAITING_REVIEW");
        assertThat(submission.getJsonObject("verification").getString("indication")).isEqualTo("TOTAL_PASSED");
    }

    @Test
    void theConflictExampleMeetsTheHashOfEntry1001() throws Exception {
        JsonObject submission = submitExample("conflict");
        assertThat(submission.getJsonObject("verification").getString("indication")).isEqualTo("TOTAL_PASSED");
        assertThat(submission.getJsonArray("rows").getJsonObject(0).getString("outcome")).isEqualTo("CONFLICT");
    }

    @Test
    void theBadSignatureExampleIsRejectedBecauseTheFormChangedAfterSigning() throws Exception {
        JsonObject submission = submitExample("bad-signature");
        assertThat(submission.getString("status")).isEqualTo("REJECTED");
        assertThat(submission.getJsonObject("verification").getString("indication")).isEqualTo("TOTAL_FAILED");
        assertThat(submission.getJsonObject("verification").getString("subIndication")).isEqualTo("HASH_FAILURE");
    }
}
