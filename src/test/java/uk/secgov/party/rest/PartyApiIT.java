package uk.secgov.party.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
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

/** The parties and users API over HTTP: who may call it, what it answers, and what bad input gets. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartyApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long newSupplier(Api admin) {
        Api.Reply created = admin.post("api/v1/parties",
                "{\"name\":\"" + unique("Supplier") + "\",\"category\":\"SMALL_SUPPLIER\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() {
        Api.Reply reply = Api.anonymous(base).get("api/v1/parties");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.challenge()).startsWith("Basic realm=\"SEC governance\"");
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongCredentialsAreRefused() {
        Api.Reply reply = Api.as(base, "admin", "not-the-password").get("api/v1/parties");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("detail")).contains("not valid");
    }

    @Test
    void everyRoleButAdminIsRefusedTheAdministrationEndpoints() {
        for (String user : new String[] {"secas", "panel", "changeboard", "supplier", "dcc", "manufacturer", "authority"}) {
            assertThat(Api.demo(base, user).get("api/v1/parties").status()).as(user + " GET parties").isEqualTo(403);
            assertThat(Api.demo(base, user).post("api/v1/parties", "{\"name\":\"x\",\"category\":\"DCC\"}").status())
                    .as(user + " POST parties").isEqualTo(403);
            assertThat(Api.demo(base, user).post("api/v1/users", "{}").status()).as(user + " POST users").isEqualTo(403);
        }
    }

    @Test
    void anAdministratorRegistersAManufacturerAndListsIt() {
        Api admin = Api.demo(base, "admin");
        String name = unique("Maker");
        String mid = String.format("%04x", (int) (Math.random() * 0xFFFF));

        Api.Reply created = admin.post("api/v1/parties", "{\"name\":\"" + name + "\",\"category\":\"MANUFACTURER\","
                + "\"ikiSubjectOrganisation\":\"" + name + " Ltd\",\"manufacturerId\":\"" + mid + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject party = created.json();
        assertThat(party.getString("manufacturerId")).isEqualTo(mid.toUpperCase());
        assertThat(party.getString("createdBy")).isEqualTo("admin");
        long id = party.getJsonNumber("id").longValue();
        assertThat(admin.get("api/v1/parties/" + id).json().getString("name")).isEqualTo(name);
        assertThat(admin.get("api/v1/parties?size=500").json().getJsonArray("items").stream()
                .map(v -> ((JsonObject) v).getString("name"))).contains(name);
    }

    @Test
    void badPartyInputIsRefusedWithEveryProblemAndNothingIsStored() {
        Api admin = Api.demo(base, "admin");
        long before = admin.get("api/v1/parties").json().getJsonNumber("total").longValue();

        Api.Reply refused = admin.post("api/v1/parties",
                "{\"name\":\"\",\"category\":\"MANUFACTURER\",\"manufacturerId\":\"XYZ\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("name", "manufacturerId");
        assertThat(admin.post("api/v1/parties", "{\"name\":\"A\",\"category\":\"WIZARD\"}").json()
                .getJsonArray("errors").getJsonObject(0).getString("message")).contains("category must be one of");
        assertThat(admin.post("api/v1/parties", "{not json").status()).isEqualTo(400);
        assertThat(admin.get("api/v1/parties").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnParty() {
        Api admin = Api.demo(base, "admin");
        long secas = admin.get("api/v1/parties?size=500").json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v).filter(p -> p.getString("name").equals("SECAS")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        Api.Reply refused = admin.post("api/v1/parties/" + secas + "/disable");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("your own party");
        assertThat(admin.get("api/v1/parties/" + secas).json().getBoolean("enabled")).isTrue();
    }

    @Test
    void anUnknownPartyIsNotFound() {
        Api.Reply reply = Api.demo(base, "admin").get("api/v1/parties/987654321");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aNewUserSignsInToTheApiAndIsRefusedOnceDisabled() {
        Api admin = Api.demo(base, "admin");
        long partyId = newSupplier(admin);
        String username = unique("sue");

        Api.Reply created = admin.post("api/v1/users", "{\"username\":\"" + username + "\",\"password\":"
                + "\"correct-horse-battery\",\"partyId\":" + partyId + ",\"roles\":[\"supplier\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("correct-horse-battery").doesNotContain("PBKDF2");

        Api sue = Api.as(base, username, "correct-horse-battery");
        assertThat(sue.get("api/v1/tasks").status()).isEqualTo(200);

        long userId = created.json().getJsonNumber("id").longValue();
        assertThat(admin.post("api/v1/users/" + userId + "/disable").json().getBoolean("enabled")).isFalse();
        assertThat(sue.get("api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void badUserInputIsRefusedWithEveryProblem() {
        Api admin = Api.demo(base, "admin");
        long partyId = newSupplier(admin);

        Api.Reply refused = admin.post("api/v1/users", "{\"username\":\"admin\",\"password\":\"short\",\"partyId\":"
                + partyId + ",\"roles\":[\"dcc\",\"wizard\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("'wizard' is not a role");

        Api.Reply several = admin.post("api/v1/users", "{\"username\":\"admin\",\"password\":\"short\",\"partyId\":"
                + partyId + ",\"roles\":[\"dcc\"]}");
        assertThat(several.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
                .containsExactlyInAnyOrder("username", "password", "roles");

        assertThat(admin.post("api/v1/users", "{\"username\":\"" + unique("x") + "\",\"password\":\"long-enough-pass\","
                + "\"partyId\":987654321,\"roles\":[\"supplier\"]}").body()).contains("names no party");
    }

    @Test
    void aDisabledPartysUsersCanNoLongerSignIn() {
        Api admin = Api.demo(base, "admin");
        long partyId = newSupplier(admin);
        String username = unique("vic");
        admin.post("api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"correct-horse-battery\","
                + "\"partyId\":" + partyId + ",\"roles\":[\"supplier\"]}");
        Api vic = Api.as(base, username, "correct-horse-battery");
        assertThat(vic.get("api/v1/tasks").status()).isEqualTo(200);

        assertThat(admin.post("api/v1/parties/" + partyId + "/disable").status()).isEqualTo(200);

        assertThat(vic.get("api/v1/tasks").status()).isEqualTo(401);
    }
}
