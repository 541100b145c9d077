package uk.secgov.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManufacturerIdTest {

    @Test
    void keepsFourHexDigitsInUpperCase() {
        assertThat(ManufacturerId.of(" 10ab ").value()).isEqualTo("10AB");
        assertThat(ManufacturerId.of("10ab")).isEqualTo(ManufacturerId.of("10AB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "106", "10633", "10G3", "0x10"})
    void refusesAnythingButTwoBytesOfHex(String text) {
        assertThatThrownBy(() -> ManufacturerId.of(text)).isInstanceOf(InvalidPartyData.class)
                .hasMessageContaining("4 hexadecimal digits");
    }

    @Test
    void isStoredAsTheFourCharactersItAlwaysWas() {
        ManufacturerId.Column column = new ManufacturerId.Column();

        assertThat(column.convertToDatabaseColumn(ManufacturerId.of("1063"))).isEqualTo("1063");
        assertThat(column.convertToEntityAttribute("1063")).isEqualTo(ManufacturerId.of("1063"));
        assertThat(column.convertToDatabaseColumn(null)).isNull();
    }
}
