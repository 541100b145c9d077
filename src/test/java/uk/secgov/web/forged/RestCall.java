package uk.secgov.web.forged;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One concrete request of a REST command: the path under the application (no leading slash, e.g.
 * {@code api/v1/releases/12/confirm}), the body and its media type ({@code null} for none). {@code noChangeBecause}
 * is set (rarely) when the database's state leaves an allowed call of a command that records something nothing to
 * record: the call must then answer 2xx and change nothing, and the reason is logged.
 */
record RestCall(String path, String contentType, byte[] body, String noChangeBecause) {

    RestCall(String path, String contentType, byte[] body) {
        this(path, contentType, body, null);
    }

    static RestCall empty(String path) {
        return new RestCall(path, null, null);
    }

    static RestCall json(String path, String json) {
        return new RestCall(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static RestCall bytes(String path, String contentType, byte[] body) {
        return new RestCall(path, contentType, body);
    }

    RestCall changingNothingBecause(String reason) {
        return new RestCall(path, contentType, body, reason);
    }

    /** multipart/form-data with one part per entry, in order; a {@code String} value is a text field, bytes a file. */
    static RestCall multipart(String path, Map<String, ?> parts) {
        String boundary = "----forged" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        new LinkedHashMap<>(parts).forEach((name, value) -> {
            String disposition = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"";
            if (value instanceof String text) {
                body.writeBytes((disposition + "\r\n\r\n" + text + "\r\n").getBytes(StandardCharsets.UTF_8));
            } else {
                body.writeBytes((disposition + "; filename=\"" + name + ".bin\"\r\nContent-Type: application/octet-stream"
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes((byte[]) value);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new RestCall(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
