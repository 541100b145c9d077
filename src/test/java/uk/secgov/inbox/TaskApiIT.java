package uk.secgov.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
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

/** {@code /api/v1/tasks} over HTTP: a new user's welcome task, completing it, and nobody else seeing it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewUserCompletesTheWelcomeTaskThroughTheApiAndNobodyElseCanTouchIt() {
        Api admin = Api.demo(base, "admin");
        long partyId = admin.post("api/v1/parties", "{\"name\":\"Task Api " + UUID.randomUUID()
                + "\",\"category\":\"SMALL_SUPPLIER\"}").json().getJsonNumber("id").longValue();
        String username = "tapi-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"task-api-password\","
                + "\"partyId\":" + partyId + ",\"roles\":[\"supplier\"],\"displayName\":\"Tess Api\"}").status())
                .isEqualTo(201);
        Api tess = Api.as(base, username, "task-api-password");

        JsonObject task = await().atMost(Duration.ofSeconds(60)).until(() -> welcomeTaskOf(tess), Optional::isPresent)
                .orElseThrow();
        String id = task.getString("id");
        assertThat(task.getString("assignee")).isEqualTo(username);
        assertThat(task.getString("processName")).isEqualTo("Welcome a new user");
        assertThat(task.getString("businessKey")).isEqualTo("user:" + username);
        assertThat(task.getString("description")).startsWith("Welcome, Tess Api.");
        assertThat(task.getBoolean("offeredToRole")).as("given by name, not offered to a role").isFalse();

        Api supplier = Api.demo(base, "supplier");
        assertThat(supplier.get("api/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(supplier.post("api/v1/tasks/" + id + "/complete", "{}").status()).isEqualTo(404);
        assertThat(supplier.post("api/v1/tasks/" + id + "/claim").status()).isEqualTo(404);
        assertThat(tess.post("api/v1/tasks/" + id + "/unclaim").status()).isEqualTo(409);
        assertThat(Api.anonymous(base).get("api/v1/tasks").status()).isEqualTo(401);

        assertThat(tess.post("api/v1/tasks/" + id + "/complete", "{}").status()).isEqualTo(204);
        assertThat(tess.get("api/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(welcomeTaskOf(tess)).isEmpty();
    }

    private static Optional<JsonObject> welcomeTaskOf(Api caller) {
        return caller.get("api/v1/tasks").json().getJsonArray("items").stream().map(v -> (JsonObject) v)
                .filter(t -> t.getString("name").equals("Read the welcome guide")).findFirst();
    }
}
