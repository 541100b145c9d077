package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * SECAS records a renewed CPA certificate through the API, on the demo CPL: entry 1004 (ESME, CPA-2023-0031 expiring
 * 31/12/2026) is renewed, entry 1007 (SMETS1) is removed first and refused; who may, every bad input refused without
 * a change, and the entry API, its renewals and the CSV export (which reads back as an import) show the current
 * certificate.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpaRenewalIT {

    private static final String RENEWALS = "api/v1/cpl/entries/1004/cpa-renewals";

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private static String body(String certificate, String expiry, String renewal) {
        StringBuilder json = new StringBuilder("{");
        if (certificate != null) {
            json.append("\"cpaCertificate\":\"").append(certificate).append("\",");
        }
        if (expiry != null) {
            json.append("\"cpaExpiry\":\"").append(expiry).append("\",");
        }
        if (renewal != null) {
            json.append("\"cpaRenewal\":\"").append(renewal).append("\",");
        }
        return json.append("\"note\":\"Renewed certificate sent by Meterworks\"}").toString();
    }

    private static void assertRefused(Api.Reply reply, int status, String field, String text) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (field != null) {
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
        }
        assertThat(reply.body()).contains(text);
    }

    @Test
    void secasRecordsARenewedCertificateWhichTheEntryTheListAndTheExportShowAndBadInputChangesNothing() {
        Api anyone = Api.anonymous(base);
        Api secas = Api.demo(base, "secas");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String newExpiry = today.plusYears(3).toString();
        String valid = body("CPA-2026-0412", newExpiry, null);

        assertThat(anyone.post(RENEWALS, valid).status()).isEqualTo(401);
        for (String role : List.of("supplier", "manufacturer", "panel", "dcc")) {
            assertThat(Api.demo(base, role).post(RENEWALS, valid).status()).as(role).isEqualTo(403);
        }
        assertRefused(secas.post("api/v1/cpl/entries/999999/cpa-renewals", valid), 404, null,
                "There is no CPL entry 999999.");
        assertRefused(secas.post(RENEWALS, body(null, newExpiry, null)), 400, "cpaCertificate", "reference");
        assertRefused(secas.post(RENEWALS, body(" ", newExpiry, null)), 400, "cpaCertificate", "reference");
        assertRefused(secas.post(RENEWALS, body("CPA-2026-0412", null, null)), 400, "cpaExpiry", "renewal date");
        assertRefused(secas.post(RENEWALS, body("CPA-2026-0412", today.minusDays(1).toString(), null)), 400,
                "cpaExpiry", "is not after today");
        assertRefused(secas.post(RENEWALS, body("CPA-2026-0412", null, "31/12/2029")), 400, "cpaRenewal",
                "yyyy-mm-dd");
        assertRefused(secas.post(RENEWALS, body("CPA-2026-0412", "2029-02-30", null)), 400, "cpaExpiry",
                "yyyy-mm-dd");
        JsonObject unchanged = anyone.get("api/v1/cpl/entries/1004").json();
        assertThat(unchanged.getString("cpaCertificate")).isEqualTo("CPA-2023-0031");
        assertThat(unchanged.getString("cpaExpiry")).isEqualTo("2026-12-31");
        assertThat(anyone.get(RENEWALS).structure().asJsonArray()).isEmpty();

        Api.Reply renewed = secas.post(RENEWALS, valid);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
        assertThat(renewed.json().getInt("seq")).isEqualTo(1);
        assertThat(renewed.json().getString("cpaCertificate")).isEqualTo("CPA-2026-0412");
        assertThat(renewed.json().getString("cpaExpiry")).isEqualTo(newExpiry);
        assertThat(renewed.json().getString("recordedBy")).isEqualTo("secas");
        assertThat(renewed.json().getString("entryStatus")).isEqualTo("HASH_ASSOCIATED");

        JsonObject entry = anyone.get("api/v1/cpl/entries/1004").json();
        assertThat(entry.getString("status")).isEqualTo("HASH_ASSOCIATED");
        assertThat(entry.getString("cpaCertificate")).isEqualTo("CPA-2026-0412");
        assertThat(entry.getString("cpaExpiry")).isEqualTo(newExpiry);
        assertThat(entry.containsKey("cpaRenewal") && !entry.isNull("cpaRenewal")).isFalse();
        JsonArray renewals = anyone.get(RENEWALS).structure().asJsonArray();
        assertThat(renewals).hasSize(1);
        assertThat(renewals.getJsonObject(0).getString("note")).isEqualTo("Renewed certificate sent by Meterworks");
        JsonObject listed = anyone.get("api/v1/cpl/entries?size=500&status=HASH_ASSOCIATED").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("entryId").longValue() == 1004).findFirst().orElseThrow();
        assertThat(listed.getString("cpaCertificate")).isEqualTo("CPA-2026-0412");

        String csv = anyone.get("api/v1/cpl/export.csv", "text/csv").body();
        assertThat(csv.lines().findFirst()).contains(String.join(",", PublishedCpl.COLUMNS));
        assertThat(csv.lines().filter(l -> l.startsWith("1004,"))).singleElement().satisfies(l -> assertThat(l)
                .contains(",CPA-2026-0412," + newExpiry + ",,").doesNotContain("CPA-2023-0031"));
        CplImporter.ImportedEntry back = CplImporter.read(csv.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(e -> e.entryId() == 1004).findFirst().orElseThrow();
        assertThat(back.row().cpaCertificate()).isEqualTo("CPA-2026-0412");
        assertThat(back.row().cpaExpiry()).hasToString(newExpiry);
        assertThat(back.row().cpaRenewal()).isNull();
        assertThat(back.imageHash()).isEqualTo(entry.getString("currentHash"));
    }

    @Test
    void aRemovedEntryCannotBeRenewed() {
        Api secas = Api.demo(base, "secas");
        String path = "api/v1/cpl/entries/1007/cpa-renewals";
        Api.Reply removed = Api.demo(base, "panel").post("api/v1/cpl/entries/1007/removal",
                "{\"reason\":\"SMETS1 model withdrawn by the manufacturer\"}");
        assertThat(removed.status()).as(removed.body()).isIn(201, 409);

        Api.Reply refused = secas.post(path, body("CPA-2026-0999", LocalDate.now().plusYears(2).toString(), null));
        assertRefused(refused, 409, null, "is removed from the CPL");
        assertThat(refused.body()).contains("cannot be renewed");
        assertThat(Api.anonymous(base).get(path).structure().asJsonArray()).isEmpty();
        assertThat(Api.anonymous(base).get("api/v1/cpl/entries/1007").json().getString("status"))
                .isEqualTo("REMOVED");
    }
}
