package uk.secgov.web.forged;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.secgov.platform.rest.RestApplication;

/**
 * Every REST command of the application (a JAX-RS resource method that is POST, PUT, DELETE or PATCH, found in the
 * compiled main classes) has its row in {@link RestCommands}, and every row is still a command: a new command cannot
 * be added without deciding who may use it.
 */
class RestCommandCatalogueTest {

    private static final List<Class<? extends Annotation>> COMMANDS = List.of(POST.class, PUT.class, DELETE.class,
            PATCH.class);

    private static Map<String, String> commands;

    /**
     * Reads every class compiled from {@code src/main/java} (the directory {@code RestApplication} was loaded from)
     * without initialising it; plain reflection, as ArchUnit's import of the whole code base takes half a minute.
     */
    @BeforeAll
    static void readTheCompiledResources() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(RestApplication.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        String root = null;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("uk/secgov"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RestCommandCatalogueTest.class.getClassLoader());
                if (type.isAnnotationPresent(ApplicationPath.class)) {
                    root = type.getAnnotation(ApplicationPath.class).value();
                }
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        assertThat(root).as("an @ApplicationPath class under uk.secgov").isNotNull();
        commands = new TreeMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                for (Class<? extends Annotation> verb : COMMANDS) {
                    if (method.isAnnotationPresent(verb)) {
                        Path methodPath = method.getAnnotation(Path.class);
                        commands.put(verb.getSimpleName() + " " + join(root, resource.getAnnotation(Path.class).value(),
                                methodPath == null ? "" : methodPath.value()), resource.getSimpleName() + "."
                                + method.getName());
                    }
                }
            }
        }
    }

    static String join(String... parts) {
        String path = java.util.Arrays.stream(parts).map(p -> p.replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty())
                .collect(Collectors.joining("/"));
        return "/" + path;
    }

    @Test
    void findsTheCommandsOfTheApi() {
        assertThat(commands).as("the scan finds the API's commands").containsKeys(
                "POST /api/v1/cpl/submissions/{reference}/withdraw", "POST /api/v1/parties",
                "POST /api/v1/modifications/{reference}/withdrawal", "POST /api/v1/signature/verify");
    }

    @Test
    void everyCommandHasItsRowInTheTable() {
        Set<String> missing = new TreeSet<>(commands.keySet());
        missing.removeAll(RestCommands.TABLE.keySet());

        assertThat(missing).as("REST commands without a row in RestCommands (decide who may use each, then add it): %s",
                missing.stream().map(k -> k + " (" + commands.get(k) + ")").collect(Collectors.joining(", ")))
                .isEmpty();
    }

    @Test
    void everyRowOfTheTableIsStillACommand() {
        Set<String> stale = new TreeSet<>(RestCommands.TABLE.keySet());
        stale.removeAll(commands.keySet());

        assertThat(stale).as("rows of RestCommands that are no longer a REST command of the application").isEmpty();
    }

    @Test
    void everyRowSaysWhoMayUseItAndNobodyAnonymous() {
        assertThat(RestCommands.TABLE.values()).allSatisfy(row -> {
            assertThat(row.allowed()).as(row.key()).isNotEmpty().doesNotContain(Principal.ANONYMOUS);
            assertThat(row.method()).as(row.key()).isIn("POST", "PUT", "DELETE", "PATCH");
        });
    }
}
