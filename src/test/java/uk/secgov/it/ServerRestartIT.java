package uk.secgov.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Data survives a real restart: a copy of the provisioned server (its own H2 file, or the same
 * PostgreSQL database) with the WAR deployed is started, given a party, stopped and started again.
 */
class ServerRestartIT {

    @Test
    void aPartyRegisteredBeforeARestartIsStillThereAfterIt() throws Exception {
        try (StandaloneServer server = StandaloneServer.copy("restart-server", 300)) {
            String name = "Restart Energy " + UUID.randomUUID().toString().substring(0, 8);

            server.start("first");
            Api admin = Api.demo(server.base(), "admin");
            assertThat(admin.post("api/v1/parties", "{\"name\":\"" + name + "\",\"category\":\"SMALL_SUPPLIER\"}")
                    .status()).isEqualTo(201);
            server.stop();

            server.start("second");
            List<String> names = admin.get("api/v1/parties?size=500").json().getJsonArray("items").stream()
                    .map(v -> ((JsonObject) v).getString("name")).toList();
            assertThat(names).contains(name);
            assertThat(names.stream().filter("SECAS"::equals)).as("demo data is not added twice").hasSize(1);
        }
    }
}
