package uk.secgov.web.forged;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.DailyCpaCheck;
import uk.secgov.it.DatabaseDigest;
import uk.secgov.it.Deployments;
import uk.secgov.it.DueTimers;
import uk.secgov.web.forged.PageSession.Page;

/**
 * Issue 11: every page command of {@link PageCommands}, called as nobody and as each demo user, each with their own
 * signed-in session and their own view state of the page, so only the authority check can stop the call. A denied
 * call must answer without a 500 and change nothing (the whole database digest, so the record and its history); an
 * allowed call must reach its use case (the database changes), which shows the denials are meaningful. Read-only
 * commands change nothing for anyone. All failures are reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageForgeryIT {

    private static final Logger LOG = Logger.getLogger(PageForgeryIT.class.getName());

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar().addClasses(DatabaseDigest.class, DailyCpaCheck.class, DueTimers.class);
    }

    @ArquillianResource
    URL base;

    private final Map<Principal, PageSession> sessions = new EnumMap<>(Principal.class);

    @Test
    void everyPageCommandMeetsItsIntendedAuthority() {
        long start = System.nanoTime();
        Fixtures fixtures = new Fixtures(base, this::session);
        List<String> failures = new ArrayList<>();
        List<String> notExercised = new ArrayList<>();
        List<String> untried = new ArrayList<>();
        int calls = 0;
        settle();
        // -Dforged.rows=meetingDecisionForm. tries only the rows whose key starts with it (while working on recipes);
        // several prefixes are separated by commas.
        List<String> only = List.of(System.getProperty("forged.rows", "").split(","));
        for (PageCommands.Row row : PageCommands.rows()) {
            if (only.stream().noneMatch(row.key()::startsWith)) {
                continue;
            }
            if (row.notYet() != null) {
                notExercised.add(row.label() + ": " + row.notYet());
                continue;
            }
            calls += tryEveryone(row, fixtures, failures, untried);
        }
        Set<String> untriedRows = untried.stream().map(u -> u.substring(0, u.indexOf(" as "))).collect(
                Collectors.toCollection(TreeSet::new));
        String report = "\n" + calls + " calls (" + PageCommands.rows().size() + " rows, " + PageCommands.keys().size()
                + " commands x " + Principal.values().length + " principals) in "
                + Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s; " + failures.size() + " failed:\n  "
                + String.join("\n  ", failures) + "\nnot tried (" + untriedRows.size() + " rows: the target could not be"
                + " prepared on this database, or its state refused the allowed call):\n  " + String.join("\n  ", untried)
                + "\nnot exercised yet:\n  " + String.join("\n  ", notExercised);
        System.out.println("PageForgeryIT" + report);
        assertThat(failures).as(report).isEmpty();
        assertThat(untriedRows).as("the rows that must always be tried" + report).doesNotContainAnyElementsOf(MUST_TRY);
        assertThat(untriedRows.size()).as("rows not tried (at most " + MAX_UNTRIED_ROWS + ")" + report)
                .isLessThanOrEqualTo(MAX_UNTRIED_ROWS);
    }

    /** The holes issue 11 found: these rows are always tried, whatever else the database holds. */
    private static final Set<String> MUST_TRY = Set.of("publicCplEntryView.remove", "meetingDecisionForm.changeBoardVote");

    /**
     * Every row is tried: a row whose target cannot be prepared (an override already on a date, a release pattern
     * already listed, a task another test completed) fails the test like an authority result, since an untried
     * command is an unproven one. The fixtures make their own records rather than count on demo data, so this holds on
     * a fresh database; a database left by earlier runs may need {@code target/server-it} removed.
     */
    private static final int MAX_UNTRIED_ROWS = 0;

    /** Denied principals first (they share a target), then each allowed one (a fresh target when the last was used). */
    private int tryEveryone(PageCommands.Row row, Fixtures fixtures, List<String> failures, List<String> untried) {
        List<Principal> order = new ArrayList<>();
        for (Principal p : Principal.values()) {
            if (row.readOnly() || !row.allowed().contains(p)) {
                order.add(p);
            }
        }
        if (!row.readOnly()) {
            order.addAll(row.allowed());
        }
        Target target = null;
        String noTarget = null;
        int calls = 0;
        for (Principal principal : order) {
            String who = row.label() + " as " + principal.name().toLowerCase(java.util.Locale.ROOT);
            boolean allowed = !row.readOnly() && row.allowed().contains(principal);
            if (noTarget != null) {
                untried.add(who + ": no target: " + noTarget);
                continue;
            }
            try {
                if (target == null) {
                    target = row.recipe().preparation.prepare(fixtures);
                    settle();
                }
                Outcome outcome = call(row, target, principal);
                if (!row.key().equals("trustAnchorsView.fetchCrl")) {
                    outcome = outcome.ignoring(CHANGED_ON_THEIR_OWN);
                }
                if (row.key().equals("loginView.login")) {
                    // A failed sign-in is counted by the throttle (ADR 0009): a security record, not a governance one.
                    outcome = outcome.ignoring(Set.of("SIGN_IN_FAILURES"));
                }
                calls++;
                String problem = judge(outcome, allowed);
                if (problem != null && problem.startsWith(STATE_REFUSED)) {
                    untried.add(who + ": " + problem);
                } else if (problem != null) {
                    failures.add(who + ": " + problem);
                }
                if (!outcome.changed().isEmpty()) {
                    settle();
                    if (row.recipe().consumes) {
                        target = null;
                    }
                }
            } catch (Fixtures.NoTarget e) {
                // One failed preparation is enough: the others of this row would wait for the same in vain.
                noTarget = e.getMessage();
                untried.add(who + ": no target: " + noTarget);
                target = null;
            } catch (Exception e) {
                untried.add(who + ": " + e + " at " + where(e));
                target = null;
            }
        }
        return calls;
    }

    /** The test's own line an exception came from. */
    private static String where(Exception e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("uk.secgov")) {
                return frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "?";
    }

    /**
     * Tables the application changes on its own, seen changing between two digests with no call in between: CRL_FETCH
     * records every scheduled fetch of a trust anchor's CRL (SECGOV_CRL_FETCH_MINUTES, from each anchor's address).
     * Ignored for every command except the one that fetches a CRL now, whose change is exactly that table.
     */
    private static final Set<String> CHANGED_ON_THEIR_OWN = Set.of("CRL_FETCH");

    /** What one call did: the answer and the tables it changed. */
    private record Outcome(int status, String errorPage, Set<String> changed, String formFrom, String messages) {

        Outcome ignoring(Set<String> tables) {
            Set<String> left = new TreeSet<>(changed);
            left.removeIf(t -> tables.contains(t.toUpperCase(java.util.Locale.ROOT)));
            return new Outcome(status, errorPage, left, formFrom, messages);
        }
    }

    private Outcome call(PageCommands.Row row, Target target, Principal principal) throws Exception {
        Recipe recipe = row.recipe();
        PageSession mine = recipe.freshSession ? PageSession.of(base, principal) : session(principal);
        if (recipe.isGetOnly()) {
            Map<String, String> before = digest();
            Page page = mine.get(recipe.page.path(target, principal));
            return new Outcome(page.status(), page.errorPage(), changed(before, digest()), "GET", page.messages());
        }
        Optional<Forger.Forged> forged = Forger.forge(recipe, target, mine, this::session, row.seenBy());
        if (forged.isEmpty()) {
            throw new IllegalStateException("recipe: neither " + principal + "'s nor " + row.seenBy() + "'s page "
                    + recipe.page.path(target, row.seenBy()) + " has " + recipe.describe() + " (target " + target + ")");
        }
        Forger.Forged post = forged.get();
        Map<String, String> before = digest();
        Page answer = mine.post(post.path(), post.fields(), post.files());
        return new Outcome(answer.status(), answer.errorPage(), changed(before, digest()), post.formFrom(),
                answer.messages());
    }

    private static final String STATE_REFUSED = "allowed but nothing changed (the recipe did not reach the use case,"
            + " or the record's state refused it); ";

    private static String judge(Outcome outcome, boolean allowed) {
        String answer = outcome.status() + (outcome.errorPage() == null ? "" : " " + outcome.errorPage())
                + " (form from " + outcome.formFrom() + ")"
                + (outcome.messages().isEmpty() ? "" : " saying '" + outcome.messages() + "'");
        if (allowed) {
            if (outcome.status() >= 400 || outcome.errorPage() != null) {
                return "allowed but answered " + answer;
            }
            if (outcome.changed().isEmpty()) {
                return STATE_REFUSED + answer;
            }
            return null;
        }
        boolean serverError = outcome.status() >= 500 || "500 page".equals(outcome.errorPage());
        if (serverError || !outcome.changed().isEmpty()) {
            return answer + (outcome.changed().isEmpty() ? "" : ", changed: " + String.join(", ", outcome.changed()));
        }
        return null;
    }

    private PageSession session(Principal principal) {
        return sessions.computeIfAbsent(principal, p -> PageSession.of(base, p));
    }

    // ---- the database digest ------------------------------------------------------------------------------

    /** Tables whose digest differs. */
    private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> tables = new TreeSet<>(before.keySet());
        tables.addAll(after.keySet());
        return tables.stream().filter(t -> !java.util.Objects.equals(before.get(t), after.get(t)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<String, String> digest() {
        Api.Reply reply = Api.anonymous(base).get("it/database-digest", "text/plain");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, String> digests = new TreeMap<>();
        for (String line : reply.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                digests.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return digests;
    }

    /** Waits until nothing changes for a while: what a call or a preparation started in the background is done. */
    private void settle() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(digest());
        try {
            Awaitility.await("the database to settle").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(400)).until(() -> {
                        Map<String, String> now = digest();
                        return now.equals(last.getAndSet(now));
                    });
        } catch (ConditionTimeoutException e) {
            LOG.warning("The database did not settle in 20 s; the next call is judged as it stands");
        }
    }

}
