package uk.secgov.signature;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded certificate, CRL or signature file up to the limit (system property
 * {@code secgov.upload.max-bytes}, from {@code SECGOV_UPLOAD_MAX_BYTES}; 10 MB by default).
 */
public final class Uploads {

    static final long DEFAULT_LIMIT = 10L * 1024 * 1024;

    private Uploads() {
    }

    public static long limit() {
        return Long.getLong("secgov.upload.max-bytes", DEFAULT_LIMIT);
    }

    public static byte[] read(String field, InputStream body) {
        long limit = limit();
        try (InputStream in = body) {
            if (in == null) {
                throw new InvalidSignatureMaterial(field, "Choose a file to upload.");
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new FileTooLarge(field, limit);
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new InvalidSignatureMaterial(field, "The upload could not be read completely.");
        }
    }

    /** An upload over the size limit. */
    public static final class FileTooLarge extends InvalidSignatureMaterial {

        private static final long serialVersionUID = 1L;

        FileTooLarge(String field, long limit) {
            super(field, "The file is larger than the limit of " + (limit / (1024 * 1024)) + " MB.");
        }

        @Override
        public boolean tooLarge() {
            return true;
        }
    }
}
