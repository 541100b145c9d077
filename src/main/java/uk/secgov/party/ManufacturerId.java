package uk.secgov.party;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Manufacturer Identifier: two bytes as four hex digits (e.g. {@code 1063}), kept in upper case. The party that
 * registered it and the CPL's Device Models of that manufacturer carry the same value.
 */
public final class ManufacturerId {

    private static final Pattern FOUR_HEX = Pattern.compile("[0-9A-F]{4}");

    private final String value;

    private ManufacturerId(String value) {
        this.value = value;
    }

    public static ManufacturerId of(String text) {
        if (text == null) {
            throw new InvalidPartyData("manufacturerId", "is required for a manufacturer");
        }
        String canonical = text.strip().toUpperCase(Locale.ROOT);
        if (!FOUR_HEX.matcher(canonical).matches()) {
            throw new InvalidPartyData("manufacturerId",
                    "must be 4 hexadecimal digits (2 bytes), e.g. 1063, but was '" + text + "'");
        }
        return new ManufacturerId(canonical);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManufacturerId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The identifier in a {@code manufacturer_id} column, as the four characters it always was. */
    @Converter
    public static class Column implements AttributeConverter<ManufacturerId, String> {

        @Override
        public String convertToDatabaseColumn(ManufacturerId id) {
            return id == null ? null : id.value();
        }

        @Override
        public ManufacturerId convertToEntityAttribute(String column) {
            return column == null ? null : of(column);
        }
    }
}
