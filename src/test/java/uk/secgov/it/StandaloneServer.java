package uk.secgov.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the provisioned server (its own H2 file, or the same PostgreSQL database) with the WAR deployed, run
 * as its own process on a port offset, for tests that stop, kill and restart a real server.
 */
public final class StandaloneServer implements AutoCloseable {

    private static final Path PROVISIONED = Path.of(System.getProperty("secgov.server.provisioned", "target/server"));

    private final Path home;
    private final int offset;
    private Process process;

    /** A fresh copy in {@code target/<name>}, without the provisioned server's data, logs or deployments. */
    public static StandaloneServer copy(String name, int offset) throws IOException {
        Path home = Path.of("target", name);
        deleteRecursively(home);
        try (Stream<Path> files = Files.walk(PROVISIONED)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                String r = PROVISIONED.relativize(source).toString();
                if (r.startsWith("standalone/data") || r.startsWith("standalone/tmp") || r.startsWith("standalone/log")
                        || r.startsWith("standalone/deployments/")
                        || r.startsWith("standalone/configuration/standalone_xml_history")) {
                    continue;
                }
                Path target = home.resolve(PROVISIONED.relativize(source));
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.createDirectories(home.resolve("standalone/deployments"));
        Files.copy(Path.of(System.getProperty("secgov.war", "target/sec-governance.war")),
                home.resolve("standalone/deployments/sec-governance.war"));
        return new StandaloneServer(home, offset);
    }

    private StandaloneServer(Path home, int offset) {
        this.home = home;
        // On top of the suite's own offset, when it runs beside another suite (it.port.offset in pom.xml).
        this.offset = offset + Integer.getInteger("it.port.offset", 0);
    }

    public URL base() {
        try {
            return new URL("http://localhost:" + (8080 + offset) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts it in demo mode and waits for the login page; its output goes to {@code target/<name>-<label>.log}. */
    public void start(String label) throws IOException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toAbsolutePath().toString(),
                "-Djboss.socket.binding.port-offset=" + offset)
                .redirectErrorStream(true)
                .redirectOutput(Path.of(home + "-" + label + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SECGOV_DEMO", "true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        process = builder.start();
        Api anonymous = Api.anonymous(base());
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> anonymous.get("login.xhtml").status() == 200);
        System.out.printf("%s %s start: %.1f s to the first page%n", home.getFileName(), label,
                (System.nanoTime() - started) / 1e9);
    }

    /** A clean shutdown (SIGTERM), then SIGKILL if it takes over a minute. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
            return;
        }
        process.descendants().forEach(d -> d.onExit().join());
        process = null;
    }

    /** A crash: SIGKILL to the server's JVM and its launcher, with no chance to finish anything. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        process.descendants().forEach(d -> d.onExit().join());
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
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
