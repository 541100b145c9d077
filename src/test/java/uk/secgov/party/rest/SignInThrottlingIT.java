package uk.secgov.party.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * Sign-in throttling over HTTP with the default settings (ADR 0009): ten failed sign-ins lock a username, on the
 * API and on the login page alike; the right password is then refused with a clear answer, an unknown username
 * gets exactly the same answers, and an administrator sees the lock and lifts it. Each test uses a fresh user so
 * that the demo users stay unlocked for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int LOCK_AFTER = 10;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void afterTenWrongPasswordsTheApiRefusesTheRightOneUntilAnAdministratorLiftsTheLock() {
        String username = newUser();
        assertThat(Api.as(base, username, PASSWORD).get("api/v1/tasks").status()).isEqualTo(200);

        List<Integer> statuses = wrongPasswords(username);
        Api.Reply refused = Api.as(base, username, PASSWORD).get("api/v1/tasks");

        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses.subList(3, LOCK_AFTER)).containsOnly(429);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("Too many failed sign-ins for this username")
                .contains("locked for 15 more minutes, even with the right password");
        assertThat(refused.json().getBoolean("locked")).isTrue();

        Api admin = Api.demo(base, "admin");
        JsonObject lock = lockOf(admin, username);
        assertThat(lock.getString("kind")).isEqualTo("username");
        // the refused right password counted too: a client that does not wait comes no nearer to signing in
        assertThat(lock.getInt("failures")).isEqualTo(LOCK_AFTER + 1);
        assertThat(lock.getString("lockedUntil")).isNotBlank();
        assertThat(Api.demo(base, "secas").get("api/v1/sign-in-locks").status()).isEqualTo(403);
        assertThat(Api.demo(base, "secas").delete("api/v1/sign-in-locks/usernames/" + username).status()).isEqualTo(403);
        Api.Reply lifted = admin.delete("api/v1/sign-in-locks/usernames/" + username);
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);

        assertThat(Api.as(base, username, PASSWORD).get("api/v1/tasks").status()).isEqualTo(200);
        assertThat(admin.get("api/v1/sign-in-locks?size=500").body()).doesNotContain("\"" + username + "\"");
        assertThat(admin.delete("api/v1/sign-in-locks/usernames/" + username).status()).isEqualTo(404);
    }

    @Test
    void anUnknownUsernameIsLockedWithExactlyTheSameAnswers() {
        String known = newUser();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        List<Integer> knownStatuses = wrongPasswords(known);
        List<Integer> unknownStatuses = wrongPasswords(unknown);
        Api.Reply knownAnswer = Api.as(base, known, PASSWORD).get("api/v1/tasks");
        Api.Reply unknownAnswer = Api.as(base, unknown, PASSWORD).get("api/v1/tasks");

        assertThat(unknownStatuses).isEqualTo(knownStatuses);
        assertThat(unknownAnswer.status()).isEqualTo(knownAnswer.status()).isEqualTo(429);
        assertThat(unknownAnswer.json().getString("detail")).isEqualTo(knownAnswer.json().getString("detail"));
        Api admin = Api.demo(base, "admin");
        assertThat(lockOf(admin, unknown).getInt("failures")).isEqualTo(lockOf(admin, known).getInt("failures"));
        assertThat(admin.delete("api/v1/sign-in-locks/usernames/" + known).status()).isEqualTo(200);
        assertThat(admin.delete("api/v1/sign-in-locks/usernames/" + unknown).status()).isEqualTo(200);
    }

    @Test
    void afterTenWrongPasswordsTheLoginPageRefusesTheRightOneUntilAnAdministratorLiftsTheLockOnTheUsersScreen()
            throws Exception {
        String username = newUser();
        Browser person = new Browser();
        for (int i = 0; i < LOCK_AFTER; i++) {
            person.signIn(username, "not-the-password");
        }

        String refused = person.signIn(username, PASSWORD);

        assertThat(refused).contains("Sign-in failed. Too many failed sign-ins for this username")
                .contains("even with the right password").doesNotContain("Supplier home");

        Browser administrator = new Browser();
        assertThat(administrator.signIn("admin", "admin-password")).contains("Administration home");
        String usersPage = administrator.get("admin/users.xhtml").body();
        int row = rowOf(usersPage, username);
        HttpResponse<String> lifted = administrator.post("admin/users.xhtml", Map.of("locksForm", "locksForm",
                "locksForm:locks:" + row + ":lift", "", "jakarta.faces.ViewState", viewStateOf(usersPage, "locksForm"),
                "primefaces.nonce", nonceOf(usersPage)));
        assertThat(lifted.body()).contains("may sign in again").contains(username);
        assertThat(lifted.body().substring(lifted.body().indexOf("id=\"locksForm\""),
                lifted.body().indexOf("id=\"createTitle\""))).doesNotContain(username);

        assertThat(new Browser().signIn(username, PASSWORD)).contains("Supplier home");
    }

    private static JsonObject lockOf(Api admin, String subject) {
        return admin.get("api/v1/sign-in-locks?size=500").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(item -> subject.equals(item.getString("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError("no lock of " + subject));
    }

    /** Ten wrong passwords in a row over HTTP Basic; answers their statuses. */
    private List<Integer> wrongPasswords(String username) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < LOCK_AFTER; i++) {
            statuses.add(Api.as(base, username, "not-the-password").get("api/v1/tasks").status());
        }
        return statuses;
    }

    private String newUser() {
        Api admin = Api.demo(base, "admin");
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply party = admin.post("api/v1/parties", "{\"name\":\"Throttled " + username
                + "\",\"category\":\"SMALL_SUPPLIER\"}");
        assertThat(party.status()).as(party.body()).isEqualTo(201);
        Api.Reply created = admin.post("api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"partyId\":" + party.json().getJsonNumber("id").longValue() + ",\"roles\":[\"supplier\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** The row of the locks table that shows this username. */
    private static int rowOf(String page, String username) {
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"[^>]*>(?:(?!data-ri=).)*?" + Pattern.quote(username),
                Pattern.DOTALL).matcher(page.substring(page.indexOf("id=\"locksForm\"")));
        assertThat(row.find()).as("the locks table shows " + username).isTrue();
        return Integer.parseInt(row.group(1));
    }

    /** The page's script nonce (PrimeFaces' CSP mode), which a browser sends back with every form. */
    private static String nonceOf(String page) {
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : "";
    }

    private static String viewStateOf(String page, String formId) {
        Matcher m = VIEW_STATE.matcher(page.substring(page.indexOf("id=\"" + formId + "\"")));
        assertThat(m.find()).as("the form carries a view state").isTrue();
        return m.group(1);
    }

    /** A person's browser without JavaScript: plain posts of the login form with its view state. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        String signIn(String username, String password) throws IOException, InterruptedException {
            String loginPage = get("login.xhtml").body();
            String viewState = viewStateOf(loginPage, "loginForm");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:username", username);
            form.put("loginForm:password", password);
            form.put("loginForm:signInButton", "");
            form.put("jakarta.faces.ViewState", viewState);
            form.put("primefaces.nonce", nonceOf(loginPage));
            return post("login.xhtml", form).body();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
