package uk.secgov.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the REST API over real HTTP, as an external system would call it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous(URL base) {
        return new Api(URI.create(base.toString()), null);
    }

    public static Api as(URL base, String username, String password) {
        return new Api(URI.create(base.toString()), "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The demo user of a role; demo passwords are {@code <username>-password}. */
    public static Api demo(URL base, String username) {
        return as(base, username, username + "-password");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST with one file part per entry, in order. */
    public Reply postMultipart(String path, java.util.Map<String, byte[]> parts) {
        String boundary = "----secgov" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        parts.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + name + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** One part of a multipart upload, with the file name and content type the client claims. */
    public record Part(String name, String fileName, String contentType, byte[] content) {
    }

    /** A multipart/form-data POST of these parts, in order. */
    public Reply postParts(String path, java.util.List<Part> parts) {
        String boundary = "----secgov" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"") + "\r\nContent-Type: "
                    + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public Reply post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The id of the caller's open task with this name on this business key (e.g. a submission reference), if any. */
    public java.util.Optional<String> openTask(String businessKey, String name) {
        return json("api/v1/tasks?size=100").getJsonArray("items").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(t -> businessKey.equals(t.getString("businessKey", null)) && name.equals(t.getString("name")))
                .map(t -> t.getString("id")).findFirst();
    }

    private JsonObject json(String path) {
        return get(path).json();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers()
                    .firstValue("WWW-Authenticate").orElse(null), response.headers()
                    .firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Reply(int status, String body, String challenge, String contentType,
            java.net.http.HttpHeaders headers) {

        /** The first value of a response header, or {@code null}. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }
}
