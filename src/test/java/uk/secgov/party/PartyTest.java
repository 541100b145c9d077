package uk.secgov.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.party.PartyFixtures.NOW;

import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void registersAManufacturerWithItsIdentifierInUpperCase() {
        Party party = Party.register("  Meterworks  ", PartyCategory.MANUFACTURER, "Meterworks Ltd", "10ab", "admin", NOW);

        assertThat(party.name()).isEqualTo("Meterworks");
        assertThat(party.manufacturerId()).map(ManufacturerId::value).contains("10AB");
        assertThat(party.isEnabled()).isTrue();
        assertThat(party.createdBy()).isEqualTo("admin");
    }

    @Test
    void refusesAManufacturerWithoutAValidIdentifier() {
        assertThatThrownBy(() -> Party.register("Meterworks", PartyCategory.MANUFACTURER, null, "10G3", "admin", NOW))
                .isInstanceOf(InvalidPartyData.class)
                .satisfies(e -> assertThat(((InvalidPartyData) e).violations())
                        .extracting(InvalidPartyData.Violation::field).containsExactly("manufacturerId"));
    }

    @Test
    void refusesAManufacturerIdentifierOnASupplier() {
        assertThatThrownBy(() -> Party.register("Bright", PartyCategory.LARGE_SUPPLIER, null, "1063", "admin", NOW))
                .isInstanceOf(InvalidPartyData.class).hasMessageContaining("only for parties in the category Manufacturer");
    }

    @Test
    void reportsEveryProblemOfARequestAtOnce() {
        assertThatThrownBy(() -> Party.register(" ", null, "x".repeat(201), "1063", "admin", NOW))
                .isInstanceOf(InvalidPartyData.class)
                .satisfies(e -> assertThat(((InvalidPartyData) e).violations())
                        .extracting(InvalidPartyData.Violation::field)
                        .containsExactlyInAnyOrder("name", "category", "ikiSubjectOrganisation", "manufacturerId"));
    }

    @Test
    void disablingKeepsThePartyAndRecordsWhoAndWhen() {
        Party party = PartyFixtures.party("Bright", PartyCategory.LARGE_SUPPLIER);

        party.disable("ada", NOW.plusSeconds(60));

        assertThat(party.isEnabled()).isFalse();
        assertThat(party.disabledBy()).contains("ada");
        assertThat(party.disabledAt()).contains(NOW.plusSeconds(60));
        assertThatThrownBy(() -> party.disable("ada", NOW)).isInstanceOf(InvalidPartyData.class)
                .hasMessageContaining("already disabled");
    }
}
