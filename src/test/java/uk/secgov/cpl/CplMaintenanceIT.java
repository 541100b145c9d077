package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * Removal of a CPL entry by Panel decision through the API, on the demo CPL (entry 1006, a Communications Hub no
 * other test uses): who may, what is refused, and that the public CPL (entry, status history, filter, export)
 * shows the entry as REMOVED with its decision while its Hash history stays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CplMaintenanceIT {

    private static final String REMOVAL = "api/v1/cpl/entries/1006/removal";

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void thePanelRemovesAnEntryOnceAndThePublicCplShowsItRemovedWithItsDecision() {
        Api anyone = Api.anonymous(base);
        Api panel = Api.demo(base, "panel");
        Api secas = Api.demo(base, "secas");
        String hashBefore = anyone.get("api/v1/cpl/entries/1006").json().getString("currentHash");

        assertThat(anyone.post(REMOVAL, "{\"reason\":\"x\"}").status()).isEqualTo(401);
        assertThat(Api.demo(base, "supplier").post(REMOVAL, "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(secas.post("api/v1/cpl/entries/999999/removal", "{\"reason\":\"x\",\"meetingDate\":\"2026-01-15\"}")
                .status()).isEqualTo(404);
        Api.Reply noReason = panel.post(REMOVAL, "{\"meetingDate\":\"2026-01-15\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Api.Reply noMeeting = secas.post(REMOVAL, "{\"reason\":\"Vulnerability\"}");
        assertThat(noMeeting.status()).as(noMeeting.body()).isEqualTo(400);
        assertThat(noMeeting.body()).contains("meetingDate");
        assertThat(anyone.get("api/v1/cpl/entries/1006").json().getString("status")).isEqualTo("HASH_ASSOCIATED");

        Api.Reply removed = secas.post(REMOVAL, "{\"reason\":\"Firmware vulnerability reported by the NCSC\","
                + "\"meetingDate\":\"2026-01-15\"}");
        assertThat(removed.status()).as(removed.body()).isEqualTo(201);
        assertThat(removed.json().getString("status")).isEqualTo("REMOVED");
        assertThat(removed.json().getString("recordedBy")).isEqualTo("secas");
        assertThat(removed.json().getString("role")).isEqualTo("SECAS");
        assertThat(removed.json().getString("meetingDate")).isEqualTo("2026-01-15");
        Api.Reply again = panel.post(REMOVAL, "{\"reason\":\"Again\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("already removed");

        JsonObject entry = anyone.get("api/v1/cpl/entries/1006").json();
        assertThat(entry.getString("status")).isEqualTo("REMOVED");
        assertThat(entry.containsKey("currentHash") && !entry.isNull("currentHash")).as("no current Hash").isFalse();
        assertThat(entry.getString("statusReason")).isEqualTo("Firmware vulnerability reported by the NCSC");
        JsonArray statuses = anyone.get("api/v1/cpl/entries/1006/statuses").structure().asJsonArray();
        assertThat(statuses).hasSize(1);
        assertThat(statuses.getJsonObject(0).getString("reason")).contains("NCSC");
        JsonArray history = anyone.get("api/v1/cpl/entries/1006/history").structure().asJsonArray();
        assertThat(history.getJsonObject(history.size() - 1).getString("imageHash")).isEqualTo(hashBefore);

        assertThat(ids(anyone, "status=REMOVED")).contains("1006");
        assertThat(ids(anyone, "status=HASH_ASSOCIATED")).doesNotContain("1006").contains("1001");
        Api.Reply expired = anyone.get("api/v1/cpl/entries?status=CPA_EXPIRED");
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(ids(anyone, "")).contains("1006");
        assertThat(anyone.get("api/v1/cpl/entries?status=bogus").body()).contains("CPA_EXPIRED");
        String csv = anyone.get("api/v1/cpl/export.csv", "text/csv").body();
        assertThat(csv.lines().filter(l -> l.startsWith("1006,"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("1006,REMOVED,CHF").doesNotContain(hashBefore));
    }

    private static String ids(Api api, String query) {
        return api.get("api/v1/cpl/entries?size=500&" + query).json().getJsonArray("items").stream()
                .map(v -> String.valueOf(v.asJsonObject().getJsonNumber("entryId").longValue())).toList().toString();
    }
}
