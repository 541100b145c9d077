package uk.secgov.web.forged;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One concrete request of a REST command: the path under the application (no leading slash, e.g.
 * {@code api/v1/releases/12/confirm}), the body and its media type ({@code null} for none).
 */
record RestCall(String path, String contentType, byte[] body) {

    static RestCall empty(String path) {
        return new RestCall(path, null, null);
    }

    static RestCall json(String path, String json) {
        return new RestCall(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static RestCall bytes(String path, String contentType, byte[] body) {
        return new RestCall(path, contentType, body);
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
