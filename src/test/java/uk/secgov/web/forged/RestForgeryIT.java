package uk.secgov.web.forged;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.DatabaseDigest;
import uk.secgov.it.Deployments;
import uk.secgov.web.forged.RestCommands.Command;
import uk.secgov.web.forged.RestCommands.Target;

/**
 * Issue 11, the REST half: every command of {@link RestCommands} is called as the anonymous caller and as each demo
 * user with valid credentials, so that the authority check is the only thing that can stop it. A refused principal
 * must get 401 (anonymous) or 403/404 (signed in) and leave every table as it was (the database digest); an allowed
 * one must get past the check and change the database (or, for a command that stores nothing, answer 2xx and change
 * nothing), which shows that the refusals were tried on targets where the call would have worked. Every failure of
 * the whole table is reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestForgeryIT {

    private static final Logger LOG = Logger.getLogger(RestForgeryIT.class.getName());
    private static final Duration SETTLE_AT_MOST = Duration.ofSeconds(30);

    /**
     * Tables that change with no call at all (seen by two digests with nothing in between) and so cannot show
     * whether a call changed something. None so far: the digest already leaves out the engine's jobs and history.
     */
    private static final Set<String> CHANGE_ON_THEIR_OWN = Set.of();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar().addClass(DatabaseDigest.class).addClass(PendingJobs.class);
    }

    @ArquillianResource
    URL base;

    private int calls;

    @Test
    void everyCommandRefusesWhoeverMayNotUseItChangingNothingAndWorksForWhoeverMay() {
        RestTargets targets = new RestTargets(base);
        List<String> failures = new ArrayList<>();
        settle();
        Set<String> idle = changed(digest(), settledDigest());
        if (!idle.isEmpty()) {
            LOG.warning("Tables that changed with no call (consider CHANGE_ON_THEIR_OWN): " + idle);
        }
        Instant start = Instant.now();
        // -Dforgery.rows=withdraw tries only the rows whose key contains that text (while working on a recipe).
        String only = System.getProperty("forgery.rows", "");
        for (Command row : RestCommands.TABLE.values()) {
            if (!row.key().contains(only)) {
                continue;
            }
            try {
                tryEveryone(row, targets, failures);
            } catch (Exception | AssertionError e) {
                failures.add(row.key() + ": could not be tried (preparing its target or calling it failed): " + e);
                settle();
            }
        }
        LOG.info(() -> calls + " forged and genuine calls of " + RestCommands.TABLE.size() + " commands in "
                + Duration.between(start, Instant.now()).toSeconds() + " s; " + failures.size() + " failure(s)");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + calls + " calls of " + RestCommands.TABLE.size()
                    + " REST commands did not meet the table:\n  " + String.join("\n  ", failures));
        }
    }

    private void tryEveryone(Command row, RestTargets targets, List<String> failures) throws Exception {
        Target shared = null;
        for (Principal principal : Principal.values()) {
            if (row.allowed().contains(principal)) {
                continue;
            }
            if (shared == null) {
                shared = row.recipe().prepare(targets);
                settle();
            }
            Outcome outcome = call(row, shared, principal);
            if (refused(outcome) && !outcome.changed().isEmpty()) {
                // A refusal that seems to have changed something: a server timer (the hourly CRL fetch starts a
                // minute after boot) may have written in between. Tried again on a fresh target after the
                // background is quiet: a call that really changes something changes it again.
                LOG.warning(outcome.describe("refused, yet tables changed: trying once more"));
                settle();
                shared = row.recipe().prepare(targets);
                settle();
                outcome = call(row, shared, principal);
            }
            if (!refused(outcome) || !outcome.changed().isEmpty()) {
                failures.add(outcome.describe(principal == Principal.ANONYMOUS ? "expected 401"
                        : "expected a refusal (403 or 404)"));
            }
            if (!outcome.changed().isEmpty()) {
                settle();
                shared = null;
            }
        }
        for (Principal principal : row.allowed()) {
            if (row.consumed() || shared == null) {
                shared = row.recipe().prepare(targets);
                settle();
            }
            Outcome outcome = call(row, shared, principal);
            int status = outcome.status();
            switch (row.effect()) {
                case CHANGES -> {
                    if (outcome.noChangeBecause() != null) {
                        LOG.warning(row.key() + " as " + principal + ": the database cannot show the change, because "
                                + outcome.noChangeBecause());
                        if (status / 100 != 2 || !outcome.changed().isEmpty()) {
                            failures.add(outcome.describe("allowed, with nothing to record: expected 2xx and no change"));
                        }
                    } else if (status == 401 || status == 403 || status >= 500 || outcome.changed().isEmpty()) {
                        failures.add(outcome.describe("allowed: expected it to get past the authority check and"
                                + " change the database"));
                    }
                }
                case READ_ONLY -> {
                    if (status / 100 != 2 || !outcome.changed().isEmpty()) {
                        failures.add(outcome.describe("allowed, stores nothing: expected 2xx and no change"));
                    }
                }
                case REFUSED_BY_STATE -> {
                    if (status != row.stateStatus() || !outcome.changed().isEmpty()) {
                        failures.add(outcome.describe("allowed: expected the case's refusal " + row.stateStatus()
                                + " and no change"));
                    }
                }
            }
            settle();
        }
    }

    private static boolean refused(Outcome outcome) {
        return outcome.principal() == Principal.ANONYMOUS ? outcome.status() == 401
                : outcome.status() == 403 || outcome.status() == 404;
    }

    /** What one call answered and which tables it changed. */
    private record Outcome(String key, Principal principal, int status, String body, Set<String> changed,
            String noChangeBecause) {

        String describe(String expected) {
            String excerpt = body == null ? "" : body.replaceAll("\\s+", " ");
            return key + " as " + principal.name().toLowerCase() + ": " + status + ", " + expected + "; changed: "
                    + (changed.isEmpty() ? "nothing" : String.join(", ", changed))
                    + (excerpt.isEmpty() ? "" : " [" + excerpt.substring(0, Math.min(160, excerpt.length())) + "]");
        }
    }

    private Outcome call(Command row, Target target, Principal principal) throws Exception {
        RestCall call = target.call(principal);
        Map<String, String> before = digest();
        HttpResponse<String> response = send(row.method(), call, principal);
        Map<String, String> after = digest();
        calls++;
        return new Outcome(row.key(), principal, response.statusCode(), response.body(), changed(before, after),
                call.noChangeBecause());
    }

    private HttpResponse<String> send(String method, RestCall call, Principal principal)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .method(method, call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (principal != Principal.ANONYMOUS) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((principal.username() + ":"
                    + principal.password()).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- The database digest and waiting for the background to finish ----------------------

    private Map<String, String> digest() {
        Map<String, String> tables = new TreeMap<>();
        for (String line : get("it/database-digest").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !CHANGE_ON_THEIR_OWN.contains(line.substring(0, eq).toUpperCase())) {
                tables.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return tables;
    }

    /** The digest once the engine's due jobs are done: a table that changed meanwhile changes on its own. */
    private Map<String, String> settledDigest() {
        settle();
        return digest();
    }

    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        before.forEach((table, digest) -> {
            if (!digest.equals(after.get(table))) {
                changed.add(table);
            }
        });
        after.keySet().stream().filter(t -> !before.containsKey(t)).forEach(changed::add);
        return changed;
    }

    /**
     * Waits until the engine has no job due and two digests in a row agree, so that the work a call or a target's
     * preparation set going in the background is done before the next call is judged.
     */
    private void settle() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>();
        try {
            Awaitility.await("the database to settle").atMost(SETTLE_AT_MOST).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        if (!"0".equals(get("it/pending-jobs").strip())) {
                            last.set(null);
                            return false;
                        }
                        Map<String, String> now = digest();
                        return now.equals(last.getAndSet(now));
                    });
        } catch (ConditionTimeoutException e) {
            LOG.warning("The database did not settle in " + SETTLE_AT_MOST.toSeconds() + " s");
        }
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
