package uk.secgov.web.forged;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser: a cookie jar signed in through the real login page (or nobody's), that opens pages and posts forms
 * exactly as a browser would, including a form copied from someone else's page with this browser's own view state.
 */
public final class PageSession {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The page's script nonce (PrimeFaces' CSP mode), which a browser sends back with every form of that page. */
    static final String NONCE = "primefaces.nonce";
    private static final java.util.regex.Pattern NONCE_IN_PAGE = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"");

    /** A page as it came back. */
    public record Page(int status, String body, String uri) {

        public Document document() {
            return Jsoup.parse(body, uri);
        }

        public String viewState() {
            return document().select("input[type=hidden]").stream().filter(i -> VIEW_STATE.equals(i.attr("name")))
                    .map(Element::val).findFirst().orElse(null);
        }

        /** The script nonce this page was given, or {@code null}. */
        public String nonce() {
            java.util.regex.Matcher m = NONCE_IN_PAGE.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** The page's messages (what a refusal or a success said), shortened. */
        public String messages() {
            Element messages = document().getElementById("messages");
            String text = messages == null ? "" : messages.text().strip();
            return text.length() > 160 ? text.substring(0, 160) + "..." : text;
        }

        /** What the page says it is: an error page's title, or nothing. */
        public String errorPage() {
            if (body.contains("Something went wrong")) {
                return "500 page";
            }
            if (body.contains("You cannot open this page")) {
                return "403 page";
            }
            if (body.contains("Your page had expired")) {
                return "expired page";
            }
            return null;
        }
    }

    /** A file part of a multipart form. */
    public record FilePart(String fileName, String contentType, byte[] content) {
    }

    private final Principal principal;
    private final URI base;
    private final HttpClient client;

    private PageSession(Principal principal, URI base) {
        this.principal = principal;
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A new browser, signed in as {@code principal} through the login page (nobody's for ANONYMOUS). */
    public static PageSession of(URL base, Principal principal) {
        PageSession session = new PageSession(principal, URI.create(base.toString()));
        if (principal != Principal.ANONYMOUS) {
            Page login = session.get("login.xhtml");
            Page landed = session.post("login.xhtml", List.of(Map.entry("loginForm", "loginForm"),
                    Map.entry("loginForm:username", principal.username()),
                    Map.entry("loginForm:password", principal.password()), Map.entry("loginForm:signInButton", ""),
                    Map.entry(VIEW_STATE, login.viewState()), Map.entry(NONCE, String.valueOf(login.nonce()))),
                    Map.of());
            if (landed.uri().contains("login.xhtml") || landed.errorPage() != null) {
                throw new IllegalStateException(principal + " could not sign in: " + landed.status() + " "
                        + landed.uri());
            }
        }
        return session;
    }

    public Principal principal() {
        return principal;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the fields in order (repeated names allowed); multipart/form-data when there are files. */
    public Page post(String path, List<Map.Entry<String, String>> fields, Map<String, FilePart> files) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (files.isEmpty()) {
            String body = fields.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            String boundary = "----forged" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> field : fields) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            files.forEach((name, file) -> {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.content());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            });
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        }
        return send(request);
    }

    /** The fields a browser would send for this form as shown: inputs, checked boxes, selected options. */
    static List<Map.Entry<String, String>> fieldsOf(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            if (input.hasAttr("disabled")) {
                continue;
            }
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> fields.add(Map.entry(name, input.val()));
                case "select" -> {
                    List<Element> selected = input.select("option[selected]");
                    if (selected.isEmpty() && !input.hasAttr("multiple") && input.selectFirst("option") != null) {
                        selected = List.of(input.selectFirst("option"));
                    }
                    selected.forEach(o -> fields.add(Map.entry(name, o.hasAttr("value") ? o.attr("value") : o.text())));
                }
                default -> {
                    String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
                    if (List.of("submit", "button", "image", "reset", "file").contains(type)) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    fields.add(Map.entry(name, input.val()));
                }
            }
        }
        return fields;
    }

    /** Follows redirects as a browser does: a GET of the new address, without the post's body or content type. */
    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3
                    && response.headers().firstValue("Location").isPresent(); hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").get());
                response = client.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(60)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Page(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
