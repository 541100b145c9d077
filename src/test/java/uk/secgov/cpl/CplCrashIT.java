package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.secgov.it.Api;
import uk.secgov.it.StandaloneServer;

/**
 * A crash: the server is killed (SIGKILL) twice with CPL submissions in flight, once while the register is being
 * updated after a burst of Panel decisions and once while fresh submissions are being verified, and restarted.
 * Every accepted submission is still there and completes; no Device Model ends with two current Hashes, even the
 * one that two submissions asked for at once.
 */
class CplCrashIT {

    private static final int DECIDED = 8;
    private static final int VERIFYING = 10;

    private URL base;

    private static String newModel() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private static String newHash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private String submit(IkiFixture pki, String model, String hash) throws Exception {
        byte[] form = csv(with(esme("38040404", hash), FormColumn.MODEL_ID, model));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("form", form);
        parts.put("signature", pki.sign(form, pki.maker, pki.bright));
        Api.Reply reply = Api.demo(base, "supplier").postMultipart("api/v1/cpl/submissions", parts);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().getString("reference");
    }

    private JsonObject await(String reference, String... statuses) {
        Api secas = Api.demo(base, "secas");
        JsonObject[] last = new JsonObject[1];
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Api.Reply reply = secas.get("api/v1/cpl/submissions/" + reference);
            last[0] = reply.status() == 200 ? reply.json() : null;
            return last[0] != null && List.of(statuses).contains(last[0].getString("status"));
        });
        return last[0];
    }

    private String task(String user, String reference, String name) {
        Api api = Api.demo(base, user);
        return Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(300))
                .until(() -> api.openTask(reference, name), java.util.Optional::isPresent).orElseThrow();
    }

    private void complete(String user, String task, String choice) {
        Api.Reply done = Api.demo(base, user).post("api/v1/tasks/" + task + "/complete",
                "{\"row2\":\"" + choice + "\",\"reason2\":\"Crash test\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    @Test
    void everyAcceptedSubmissionSurvivesAKillAndCompletesAndNoModelHasTwoCurrentHashes() throws Exception {
        try (StandaloneServer server = StandaloneServer.copy("crash-server", 400)) {
            server.start("first");
            base = server.base();
            IkiFixture pki = IkiFixture.registered(base);

            // Submissions up to the Panel decision; two of them ask for the same new Device Model.
            String contested = newModel();
            Map<String, String> modelOf = new LinkedHashMap<>();
            for (int i = 0; i < DECIDED; i++) {
                String model = i < 2 ? contested : newModel();
                modelOf.put(submit(pki, model, newHash()), model);
            }
            for (String reference : modelOf.keySet()) {
                await(reference, "AWAITING_REVIEW");
                complete("secas", task("secas", reference, "SECAS review"), "associate");
            }
            List<String> decisions = new ArrayList<>();
            for (String reference : modelOf.keySet()) {
                await(reference, "AWAITING_PANEL_DECISION");
                decisions.add(task("panel", reference, "Panel decision"));
            }
            // The decisions in a burst, and the crash at once: the register updates run in the background.
            for (String decision : decisions) {
                complete("panel", decision, "associate");
            }
            server.kill();

            server.start("second");
            for (String reference : modelOf.keySet()) {
                assertThat(await(reference, "COMPLETED").getJsonArray("timeline")).isNotEmpty();
            }

            // Fresh submissions, sent in parallel; killed while they are being verified.
            ExecutorService submitters = Executors.newFixedThreadPool(5);
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < VERIFYING; i++) {
                sent.add(submitters.submit(() -> submit(pki, newModel(), newHash())));
            }
            List<String> verifying = new ArrayList<>();
            for (Future<String> f : sent) {
                verifying.add(f.get());
            }
            submitters.shutdown();
            server.kill();

            server.start("third");
            for (String reference : verifying) {
                JsonObject s = await(reference, "AWAITING_REVIEW");
                assertThat(s.getJsonObject("verification").getString("indication")).isEqualTo("TOTAL_PASSED");
            }
            for (String reference : modelOf.keySet()) {
                assertThat(await(reference, "COMPLETED").getString("status")).isEqualTo("COMPLETED");
            }

            // Each decided model is listed once with a single current Hash; the contested one has one history
            // step, and the submission that lost the race says why its row was not written.
            Api anyone = Api.anonymous(base);
            for (String model : new java.util.LinkedHashSet<>(modelOf.values())) {
                JsonObject listed = anyone.get("api/v1/cpl/entries?q=" + model.toLowerCase()).json();
                assertThat(listed.getInt("total")).as(model).isEqualTo(1);
                long entryId = listed.getJsonArray("items").getJsonObject(0).getJsonNumber("entryId").longValue();
                List<JsonValue> history = anyone.get("api/v1/cpl/entries/" + entryId + "/history").structure()
                        .asJsonArray();
                assertThat(history).as("model " + model).hasSize(1);
            }
            List<String> contestedOutcomes = modelOf.entrySet().stream().filter(e -> e.getValue().equals(contested))
                    .map(e -> await(e.getKey(), "COMPLETED").getJsonArray("rows").getJsonObject(0)
                            .getString("outcome")).toList();
            assertThat(contestedOutcomes).containsExactlyInAnyOrder("ASSOCIATED", "CONFLICT");
        }
    }
}
