package uk.secgov.cpl;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Hash of a Manufacturer Image: the SHA-256 as 64 hexadecimal digits, held in lower case as {@code sha256sum}
 * prints it, whatever case it was written in, so that two spellings of one Hash are one Hash.
 */
public record ImageHash(String value) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Refuses anything but 64 hex digits in lower case; {@link #of} accepts any case. */
    public ImageHash {
        if (value == null || !SHA_256.matcher(value).matches()) {
            throw new InvalidCplRequest("imageHash", "A Hash is 64 hexadecimal characters (a SHA-256), but was '"
                    + value + "'.");
        }
    }

    /** The Hash as written, in either case, spaces around it ignored. */
    public static ImageHash of(String text) {
        return new ImageHash(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }

    /** The Hash in its {@code image_hash} column, as the text it always was. */
    @Converter
    public static class Column implements AttributeConverter<ImageHash, String> {

        @Override
        public String convertToDatabaseColumn(ImageHash hash) {
            return hash == null ? null : hash.value();
        }

        @Override
        public ImageHash convertToEntityAttribute(String column) {
            return column == null ? null : new ImageHash(column);
        }
    }
}
