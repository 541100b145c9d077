package uk.secgov.platform.output;

import java.util.Locale;
import java.util.Map;

/**
 * Files people uploaded, served back as downloads the product describes itself: the content type comes
 * from an allow-list by the file's extension (anything else is {@code application/octet-stream}, never
 * the type the uploader claimed), always as an attachment, under a file name with no path, quote or
 * control character in it. With {@code X-Content-Type-Options: nosniff} on every response, a browser
 * never renders an uploaded page as the application's own.
 */
public final class Attachments {

    public static final String BINARY = "application/octet-stream";

    private static final int NAME_MAX = 120;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("zip", "application/zip"),
            Map.entry("p7s", "application/pkcs7-signature"),
            Map.entry("p7m", "application/pkcs7-mime"),
            Map.entry("cer", "application/pkix-cert"),
            Map.entry("crt", "application/pkix-cert"),
            Map.entry("crl", "application/pkix-crl"));

    private Attachments() {
    }

    /** The content type to serve a file of this name with. */
    public static String contentType(String fileName) {
        String name = fileName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? BINARY : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), BINARY);
    }

    /**
     * The name to offer: the last path segment, letters, digits, space, dot, dash, underscore and
     * brackets kept, anything else an underscore; no leading dots; at most 120 characters.
     */
    public static String fileName(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9 ._()\\-]", "_").strip();
        name = name.replaceFirst("^[.\\s]+", "");
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, NAME_MAX - extension.length()) + extension;
        }
        return name.isBlank() ? "download" : name;
    }

    /** {@code attachment; filename="..."} with the {@link #fileName sanitised} name. */
    public static String contentDisposition(String uploaded) {
        return "attachment; filename=\"" + fileName(uploaded) + "\"";
    }
}
