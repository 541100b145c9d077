package uk.secgov.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Data survives a real restart: a copy of the provisioned server (its own H2 file, or the same
 * PostgreSQL database) with the WAR deployed is started, given a party, stopped and started again.
 */
class ServerRestartIT {

    private static final int OFFSET = 300;
    private static final Path SERVER = Path.of(System.getProperty("secgov.server.provisioned", "target/server"));
    private static final Path COPY = Path.of("target/restart-server");
    private static final String BASE = "http://localhost:" + (8080 + OFFSET) + "/";

    private Process server;

    @Test
    void aPartyRegisteredBeforeARestartIsStillThereAfterIt() throws Exception {
        copyServerWithTheWar();
        String name = "Restart Energy " + UUID.randomUUID().toString().substring(0, 8);

        start("first");
        Api admin = Api.demo(new URL(BASE), "admin");
        assertThat(admin.post("api/v1/parties", "{\"name\":\"" + name + "\",\"category\":\"SMALL_SUPPLIER\"}")
                .status()).isEqualTo(201);
        stop();

        start("second");
        List<String> names = admin.get("api/v1/parties?size=500").json().getJsonArray("items").stream()
                .map(v -> ((JsonObject) v).getString("name")).toList();
        assertThat(names).contains(name);
        assertThat(names.stream().filter("SECAS"::equals)).as("demo data is not added twice").hasSize(1);
    }

    private void copyServerWithTheWar() throws IOException {
        deleteRecursively(COPY);
        try (Stream<Path> files = Files.walk(SERVER)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = SERVER.relativize(source);
                String r = relative.toString();
                if (r.startsWith("standalone/data") || r.startsWith("standalone/tmp") || r.startsWith("standalone/log")
                        || r.startsWith("standalone/deployments/") || r.startsWith("standalone/configuration/standalone_xml_history")) {
                    continue;
                }
                Path target = COPY.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.createDirectories(COPY.resolve("standalone/deployments"));
        Files.copy(Path.of(System.getProperty("secgov.war", "target/sec-governance.war")),
                COPY.resolve("standalone/deployments/sec-governance.war"));
    }

    private void start(String label) throws IOException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(COPY.resolve("bin/standalone.sh").toAbsolutePath().toString(),
                "-Djboss.socket.binding.port-offset=" + OFFSET)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/restart-server-" + label + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SECGOV_DEMO", "true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        server = builder.start();
        Api anonymous = Api.anonymous(new URL(BASE));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> anonymous.get("login.xhtml").status() == 200);
        System.out.printf("restart-server %s start: %.1f s to the first page%n", label,
                (System.nanoTime() - started) / 1e9);
    }

    private void stop() throws InterruptedException {
        if (server == null) {
            return;
        }
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly().waitFor();
        }
        server.descendants().forEach(d -> d.onExit().join());
        server = null;
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        stop();
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
