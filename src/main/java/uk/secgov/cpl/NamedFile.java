package uk.secgov.cpl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded file: the name it came with and its bytes. */
public record NamedFile(String name, byte[] bytes) {

    public NamedFile {
        name = name == null || name.isBlank() ? "unnamed" : name.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
