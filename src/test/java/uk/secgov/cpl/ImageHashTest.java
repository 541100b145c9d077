package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageHashTest {

    private static final String LOWER = "3f".repeat(32);

    @Test
    void holdsAHashInLowerCaseAsSha256sumPrintsIt() {
        assertThat(ImageHash.of(" " + LOWER.toUpperCase() + " ").value()).isEqualTo(LOWER);
    }

    @Test
    void twoSpellingsOfOneHashAreOneHash() {
        assertThat(ImageHash.of(LOWER.toUpperCase())).isEqualTo(ImageHash.of(LOWER));
    }

    @Test
    void readsAsItsValue() {
        assertThat(ImageHash.of(LOWER)).hasToString(LOWER);
    }

    @Test
    void refusesAnythingButSixtyFourHexDigits() {
        assertThatThrownBy(() -> ImageHash.of("3f".repeat(31))).isInstanceOf(InvalidCplRequest.class)
                .hasMessageContaining("64 hexadecimal characters");
        assertThatThrownBy(() -> ImageHash.of("zz".repeat(32))).isInstanceOf(InvalidCplRequest.class);
        assertThatThrownBy(() -> ImageHash.of(null)).isInstanceOf(InvalidCplRequest.class);
    }

    @Test
    void refusesAnUpperCaseValueBuiltWithoutOf() {
        assertThatThrownBy(() -> new ImageHash(LOWER.toUpperCase())).isInstanceOf(InvalidCplRequest.class);
    }

    @Test
    void isStoredAsTheTextItAlwaysWas() {
        ImageHash.Column column = new ImageHash.Column();

        assertThat(column.convertToDatabaseColumn(ImageHash.of(LOWER))).isEqualTo(LOWER);
        assertThat(column.convertToEntityAttribute(LOWER)).isEqualTo(ImageHash.of(LOWER));
        assertThat(column.convertToDatabaseColumn(null)).isNull();
        assertThat(column.convertToEntityAttribute(null)).as("a removal has no Hash").isNull();
    }
}
