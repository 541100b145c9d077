package uk.secgov.release;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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

/** The SEC Release calendar over HTTP: the seeded real releases, SECAS's changes, every refusal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReleaseApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private List<JsonObject> all(Api caller) {
        return caller.get("api/v1/releases?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject named(Api caller, String name) {
        return all(caller).stream().filter(r -> r.getString("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anyoneReadsTheRealReleasesWithTheNovember2019Move() {
        Api anyone = Api.anonymous(base);

        assertThat(all(anyone)).extracting(r -> r.getString("name")).contains("November 2018 SEC Release",
                "February 2019 SEC Release", "November 2019 SEC Release", "June 2021 SEC Release",
                "August 2022 SEC Release", "November 2022 SEC Release");
        JsonObject november2019 = named(anyone, "November 2019 SEC Release");
        assertThat(november2019.getString("status")).isEqualTo("IMPLEMENTED");
        assertThat(november2019.getString("originalDate")).isEqualTo("2019-11-07");
        assertThat(november2019.getString("plannedDate")).isEqualTo("2019-11-29");
        assertThat(november2019.getString("actualDate")).isEqualTo("2019-11-29");
        assertThat(november2019.getJsonArray("history").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("kind")).isEqualTo("MOVED");
                    assertThat(e.getString("reason")).startsWith("Authority consent");
                });
        assertThat(named(anyone, "August 2022 SEC Release").getString("kind")).isEqualTo("AD_HOC");
        long id = november2019.getJsonNumber("id").longValue();
        assertThat(anyone.get("api/v1/releases/" + id).json().getString("name")).isEqualTo("November 2019 SEC Release");
        assertThat(anyone.get("api/v1/releases/999999").status()).isEqualTo(404);
    }

    @Test
    void theDemoHasTheNextScheduledReleasesProposedAndGeneratingAgainAddsNothing() {
        Api secas = Api.demo(base, "secas");
        int nextYear = LocalDate.now().getYear() + 1;
        JsonObject november = named(secas, "November " + nextYear + " SEC Release");
        assertThat(november.getString("status")).isIn("PROPOSED", "CONFIRMED", "CANCELLED");
        long before = secas.get("api/v1/releases").json().getJsonNumber("total").longValue();

        Api.Reply again = secas.post("api/v1/releases/proposals", "{\"years\":2}");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.structure().asJsonArray()).isEmpty();
        assertThat(secas.get("api/v1/releases").json().getJsonNumber("total").longValue()).isEqualTo(before);
        assertThat(secas.post("api/v1/releases/proposals", "{\"years\":50}").status()).isEqualTo(400);
    }

    @Test
    void secasAddsConfirmsMovesAndCancelsARelease() {
        Api secas = Api.demo(base, "secas");
        String name = "Ad hoc release " + UUID.randomUUID().toString().substring(0, 8);

        Api.Reply created = secas.post("api/v1/releases",
                "{\"name\":\"" + name + "\",\"kind\":\"AD_HOC\",\"plannedDate\":\"2093-08-03\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("PROPOSED");
        long id = created.json().getJsonNumber("id").longValue();

        assertThat(secas.post("api/v1/releases/" + id + "/confirm").json().getString("status")).isEqualTo("CONFIRMED");
        Api.Reply noReason = secas.post("api/v1/releases/" + id + "/move", "{\"date\":\"2093-08-10\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(secas.get("api/v1/releases/" + id).json().getString("plannedDate")).isEqualTo("2093-08-03");

        JsonObject moved = secas.post("api/v1/releases/" + id + "/move",
                "{\"date\":\"2093-08-10\",\"reason\":\"Authority consent\"}").json();
        assertThat(moved.getString("plannedDate")).isEqualTo("2093-08-10");
        assertThat(moved.getString("originalDate")).isEqualTo("2093-08-03");
        assertThat(secas.post("api/v1/releases/" + id + "/implemented", "{\"date\":\"2093-08-10\"}").body())
                .contains("is in the future");

        JsonObject cancelled = secas.post("api/v1/releases/" + id + "/cancel", "{\"reason\":\"Not needed\"}").json();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getJsonArray("history")).hasSize(4);
        assertThat(secas.post("api/v1/releases/" + id + "/confirm").body()).contains("is cancelled");
        assertThat(secas.post("api/v1/releases", "{\"name\":\"" + name + "\",\"kind\":\"AD_HOC\",\"plannedDate\":\"2093-09-01\"}")
                .body()).contains("There is already a release named");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Api secas = Api.demo(base, "secas");
        long before = secas.get("api/v1/releases").json().getJsonNumber("total").longValue();

        assertThat(secas.post("api/v1/releases", "{\"name\":\"X\",\"kind\":\"WEEKLY\",\"plannedDate\":\"2093-01-01\"}")
                .body()).contains("The kind must be SCHEDULED or AD_HOC");
        assertThat(secas.post("api/v1/releases", "{\"name\":\"X\",\"kind\":\"AD_HOC\",\"plannedDate\":\"01/01/2093\"}")
                .body()).contains("plannedDate must be a date as YYYY-MM-DD");
        assertThat(secas.post("api/v1/releases", "{\"kind\":\"AD_HOC\",\"plannedDate\":\"2093-01-01\"}").status())
                .isEqualTo(400);
        assertThat(secas.post("api/v1/releases", "not json").status()).isEqualTo(400);
        assertThat(secas.get("api/v1/releases").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void onlySecasChangesReleases() {
        long id = named(Api.anonymous(base), "November 2022 SEC Release").getJsonNumber("id").longValue();
        for (String user : new String[] {"supplier", "admin", "panel", "authority"}) {
            Api caller = Api.demo(base, user);
            assertThat(caller.post("api/v1/releases",
                    "{\"name\":\"Nope\",\"kind\":\"AD_HOC\",\"plannedDate\":\"2093-01-01\"}").status()).as(user)
                    .isEqualTo(403);
            assertThat(caller.post("api/v1/releases/" + id + "/move", "{\"date\":\"2093-01-01\",\"reason\":\"x\"}")
                    .status()).as(user).isEqualTo(403);
            assertThat(caller.post("api/v1/releases/proposals", "{\"years\":1}").status()).as(user).isEqualTo(403);
        }
        Api.Reply anonymous = Api.anonymous(base).post("api/v1/releases/" + id + "/cancel", "{\"reason\":\"x\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(named(Api.anonymous(base), "November 2022 SEC Release").getString("status")).isEqualTo("IMPLEMENTED");
    }
}
