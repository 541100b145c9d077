package uk.secgov.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The server scripts keep their promises: demo data off with PostgreSQL, settings from the environment. */
class ServerConfigurationTest {

    private static String script(String name) throws IOException {
        return Files.readString(Path.of("wildfly-config", name));
    }

    @Test
    void demoDataIsOffWithPostgresqlUnlessAskedFor() throws IOException {
        assertThat(script("configure-datasource-postgres.cli"))
                .contains("/system-property=secgov.demo:add(value=\"${env.SECGOV_DEMO:false}\")");
    }

    @Test
    void demoDataIsOnWithTheEmbeddedDatabase() throws IOException {
        assertThat(script("configure-datasource-h2.cli"))
                .contains("/system-property=secgov.demo:add(value=\"${env.SECGOV_DEMO:true}\")")
                .contains("jdbc:h2:${jboss.server.data.dir}/");
    }

    @Test
    void postgresqlConnectionDetailsComeFromTheEnvironment() throws IOException {
        assertThat(script("configure-datasource-postgres.cli"))
                .contains("connection-url=\"${env.DB_URL:", "user-name=\"${env.DB_USER:", "password=\"${env.DB_PASSWORD:");
    }

    @Test
    void everyScriptOpensWithALineSayingWhatItDoes() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("wildfly-config"))) {
            scripts = files.filter(f -> f.toString().endsWith(".cli")).toList();
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : scripts) {
            assertThat(Files.readAllLines(file).get(0)).as(file.toString()).startsWith("# ").hasSizeGreaterThan(20);
        }
    }
}
