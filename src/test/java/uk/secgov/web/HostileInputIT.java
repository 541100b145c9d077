package uk.secgov.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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
 * The hostile review's inputs (issue 11), over HTTP as an attacker would send them: each is refused with
 * a 400 (or 413) problem naming the field or parameter, nothing is stored, and nothing answers 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private static String title() {
        return "Hostile " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long casesTitled(String title) {
        return Api.demo(base, "secas").get("api/v1/modifications?text=" + title.replace(" ", "%20")).json()
                .getJsonNumber("total").longValue();
    }

    private long partyId(String name) {
        return Api.demo(base, "admin").get("api/v1/parties?size=500").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(p -> name.equals(p.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<String> fields(Api.Reply reply) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static String draft(String title, String more) {
        return "{\"title\":\"" + title + "\",\"issue\":\"Something is unclear\"" + more + "}";
    }

    @Test
    void anEmptyImpactedCategoryIsRefusedNotA500() {
        String title = title();

        Api.Reply reply = Api.demo(base, "supplier").post("api/v1/modifications",
                draft(title, ",\"impactedCategories\":[\"LARGE_SUPPLIER\",null]"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("impactedCategories");
        assertThat(casesTitled(title)).isZero();
    }

    @Test
    void aHundredThousandDocumentsAffectedAreRefused() {
        String title = title();
        String documents = Collections.nCopies(100_000, "\"Section H\"").stream().collect(Collectors.joining(","));

        Api.Reply reply = Api.demo(base, "supplier").post("api/v1/modifications",
                draft(title, ",\"documentsAffected\":[" + documents + "]"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("documentsAffected");
        assertThat(casesTitled(title)).isZero();
    }

    @Test
    void controlCharactersAreRefusedInEveryTextFieldListingEachField() {
        String title = title();

        Api.Reply reply = Api.demo(base, "secas").post("api/v1/modifications", "{\"title\":\"" + title
                + "\\u0000\",\"issue\":\"Bell \\u0007\",\"solution\":\"Escape \\u001b[31m\",\"onBehalfOf\":\"bare\\rCR\","
                + "\"documentsAffected\":[\"Section H\\u0007\"],\"proposerPartyId\":" + partyId("SEC Panel")
                + ",\"proposerPerson\":\"Ann\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(fields(reply)).contains("title", "issue", "solution", "onBehalfOf");
        assertThat(reply.body()).contains("control character (U+0000").contains("U+0007").contains("U+001B")
                .contains("U+000D");
        assertThat(casesTitled(title)).isZero();
    }

    @Test
    void newLinesAndTabsAreStillText() {
        String title = title();

        Api.Reply reply = Api.demo(base, "supplier").post("api/v1/modifications",
                "{\"title\":\"" + title + "\",\"issue\":\"Line one\\r\\nline two\\n\\tindented\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("issue")).contains("line two");
    }

    @Test
    void aPartysUserRaisesADraftProposalAsThemselvesNotAsSomeoneElse() {
        String title = title();

        Api.Reply other = Api.demo(base, "dcc").post("api/v1/modifications",
                draft(title, ",\"proposerPerson\":\"Sue Supplier\""));

        assertThat(other.status()).as(other.body()).isEqualTo(400);
        assertThat(fields(other)).containsExactly("proposerPerson");
        assertThat(casesTitled(title)).isZero();

        Api.Reply self = Api.demo(base, "dcc").post("api/v1/modifications", draft(title, ""));
        assertThat(self.status()).as(self.body()).isEqualTo(201);
        JsonObject raised = self.json();
        assertThat(raised.getString("proposerParty")).isEqualTo("Smart DCC");
        assertThat(raised.getString("proposerPerson")).isNotEqualTo("Sue Supplier");
    }

    @Test
    void badPagingAndNumberParametersAre400NamingTheParameter() {
        Api anyone = Api.anonymous(base);

        assertThat(fields(anyone.get("api/v1/cpl/entries?first=abc"))).containsExactly("first");
        assertThat(fields(anyone.get("api/v1/cpl/entries?size=1e3"))).containsExactly("size");
        assertThat(fields(anyone.get("api/v1/cpl/entries?first=-1&size=0"))).containsExactly("first", "size");
        assertThat(fields(anyone.get("api/v1/modifications?size=501"))).containsExactly("size");
        assertThat(fields(anyone.get("api/v1/modifications?release=x"))).containsExactly("release");
        assertThat(fields(Api.demo(base, "admin").get("api/v1/users?partyId=abc"))).containsExactly("partyId");
        assertThat(anyone.get("api/v1/cpl/entries?first=abc").status()).isEqualTo(400);
        assertThat(anyone.get("api/v1/cpl/entries/not-a-number").status()).isEqualTo(404);
    }

    @Test
    void searchTextIsMatchedLiterally() {
        Api anyone = Api.anonymous(base);
        long all = anyone.get("api/v1/cpl/entries").json().getJsonNumber("total").longValue();
        assertThat(all).isPositive();

        assertThat(anyone.get("api/v1/cpl/entries?q=%25").json().getJsonNumber("total").longValue()).isZero();
        assertThat(anyone.get("api/v1/cpl/entries?q=_").json().getJsonNumber("total").longValue()).isZero();
        assertThat(anyone.get("api/v1/modifications?text=%25").json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void aBodyOverTheHttpLimitIs413WithAProblem() {
        Api.Reply reply = Api.demo(base, "secas").post("api/v1/cpl/imports?source=huge", "text/csv",
                new byte[64 * 1024 * 1024 + 1]);

        assertThat(reply.status()).as(reply.body()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(413);
    }

    @Test
    void apiAnswersAndPagesAreNotCachedButPublicDownloadsMayBe() {
        Api anyone = Api.anonymous(base);

        assertThat(Api.demo(base, "secas").get("api/v1/tasks").header("Cache-Control")).isEqualTo("no-store");
        assertThat(anyone.get("api/v1/modifications").header("Cache-Control")).isEqualTo("no-store");
        assertThat(anyone.get("api/v1/cpl/entries?first=abc").header("Cache-Control")).isEqualTo("no-store");
        assertThat(anyone.get("login.xhtml", "text/html").header("Cache-Control")).isEqualTo("no-store");
        assertThat(anyone.get("api/v1/cpl/export.csv", "text/csv").header("Cache-Control"))
                .isEqualTo("public, max-age=300");
    }

    @Test
    void everyAnswerHasOneContentSecurityPolicyAndPagesANonceForTheirScripts() {
        Api anyone = Api.anonymous(base);

        Api.Reply page = anyone.get("login.xhtml", "text/html");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("default-src 'self'").containsPattern("script-src 'self' 'nonce-[^']+'");
        String nonce = policies.get(0).replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");

        List<String> api = anyone.get("api/v1/releases").headers().allValues("Content-Security-Policy");
        assertThat(api).hasSize(1);
        assertThat(api.get(0)).contains("default-src 'self'").contains("script-src 'self'");
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> form, boolean ajax)
            throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String statusesOf1001() {
        return Api.anonymous(base).get("api/v1/cpl/entries/1001/statuses").body();
    }

    @Test
    void anExpiredOrForeignFormPostShowsThePageExpiredPageNotA500() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Matcher login = VIEW_STATE.matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(login.find()).isTrue();
        String before = statusesOf1001();
        Map<String, String> removal = Map.of("removalForm", "removalForm", "removalForm:removalReason", "Forged",
                "removalForm:remove", "");

        for (String viewState : List.of("-1234567890:987654321", "stateless", login.group(1))) {
            Map<String, String> form = new java.util.HashMap<>(removal);
            form.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> answer = post(browser, "cpl-entry.xhtml?id=1001", form, false);
            assertThat(answer.statusCode()).as(viewState).isLessThan(500);
            assertThat(answer.body()).as(viewState).doesNotContain("Something went wrong");
        }
        Map<String, String> ajax = new java.util.HashMap<>(removal);
        ajax.putAll(Map.of("jakarta.faces.ViewState", "-1:2", "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "removalForm:remove", "jakarta.faces.partial.execute", "@all"));
        HttpResponse<String> partial = post(browser, "cpl-entry.xhtml?id=1001", ajax, true);
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.body()).contains("<redirect url=\"/error/expired.xhtml\"");

        HttpResponse<String> expired = post(browser, "cpl-entry.xhtml?id=1001",
                Map.of("jakarta.faces.ViewState", "-1:2", "removalForm", "removalForm"), false);
        assertThat(expired.body()).contains("Your page had expired");
        assertThat(statusesOf1001()).isEqualTo(before);
    }

    @Test
    void aPageShowsTheRefusalOnTheFormAndStoresNothing() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Matcher login = VIEW_STATE.matcher(browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(login.find()).isTrue();
        assertThat(post(browser, "login.xhtml", Map.of("loginForm", "loginForm", "loginForm:username", "admin",
                "loginForm:password", "admin-password", "loginForm:signInButton", "", "jakarta.faces.ViewState",
                login.group(1)), false).body()).contains("Administration home");
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "admin/parties.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher parties = VIEW_STATE.matcher(page.body());
        assertThat(parties.find()).isTrue();
        String name = "Bell " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> refused = post(browser, "admin/parties.xhtml", Map.of("registerForm", "registerForm",
                "registerForm:name", name + "\u0007", "registerForm:category", "SMALL_SUPPLIER",
                "registerForm:register", "", "jakarta.faces.ViewState", parties.group(1), "primefaces.nonce",
                ForgedRequestIT.nonceOf(page)), false);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("name contains a control character (U+0007");
        assertThat(Api.demo(base, "admin").get("api/v1/parties?size=500").body()).doesNotContain(name);
    }
}
