package uk.secgov.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Api;
import uk.secgov.it.Deployments;

/**
 * A signed-in administrator's browser session cannot be abused by another site: a form post without
 * the page's view state changes nothing, and the session cookie alone opens no API endpoint.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedRequestIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.realWar();
    }

    @ArquillianResource
    URL base;

    private HttpClient browser;

    @BeforeEach
    void anAdministratorSignedInThroughTheLoginPage() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String viewState = viewStateOf(get("login.xhtml").body());
        HttpResponse<String> landed = post("login.xhtml", Map.of("loginForm", "loginForm",
                "loginForm:username", "admin", "loginForm:password", "admin-password", "loginForm:signInButton", "",
                "jakarta.faces.ViewState", viewState));
        assertThat(landed.body()).contains("Administration home");
    }

    @Test
    void aFormPostWithoutThePagesViewStateRegistersNothing() throws Exception {
        String name = "Forged " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> forged = post("admin/parties.xhtml", Map.of("registerForm", "registerForm",
                "registerForm:name", name, "registerForm:category", "SMALL_SUPPLIER",
                "registerForm:register", "", "jakarta.faces.ViewState", "-1234567890:987654321"));

        assertThat(forged.body()).contains("Your page had expired").doesNotContain("registered");
        assertThat(Api.demo(base, "admin").get("api/v1/parties?size=500").body()).doesNotContain(name);
    }

    @Test
    void theSameFormPostWithThePagesViewStateWorks() throws Exception {
        String name = "Genuine " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> page = get("admin/parties.xhtml");
        String viewState = viewStateOf(page.body());

        HttpResponse<String> genuine = post("admin/parties.xhtml", Map.of("registerForm", "registerForm",
                "registerForm:name", name, "registerForm:category", "SMALL_SUPPLIER",
                "registerForm:register", "", "jakarta.faces.ViewState", viewState, "primefaces.nonce", nonceOf(page)));

        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(Api.demo(base, "admin").get("api/v1/parties?size=500").body()).contains(name);
    }

    @Test
    void theSessionCookieAloneOpensNoApiEndpoint() throws Exception {
        HttpResponse<String> reply = browser.send(HttpRequest.newBuilder(URI.create(base + "api/v1/parties")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The script nonce of the page (PrimeFaces' CSP mode), which a browser sends back with every form. */
    static String nonceOf(HttpResponse<String> page) {
        return page.headers().firstValue("Content-Security-Policy").orElseThrow()
                .replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
    }

    private static String viewStateOf(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertThat(m.find()).as("the page carries a view state").isTrue();
        return m.group(1);
    }
}
