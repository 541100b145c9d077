package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.party.ManufacturerId;

class DeviceModelDescriptionTest {

    private static final CpaCertificate CPA = new CpaCertificate("CPA-1", LocalDate.of(2029, 3, 31), null);

    private static DeviceModelDescription esme(List<Long> upgradeFrom) {
        return new DeviceModelDescription(DeviceType.ESME, ManufacturerId.of("1063"), "Meterworks Ltd", "00050201",
                "MW-E1", "0102", "38040401", "SMETS2 v4.2", "GBCS v4.0", CPA, upgradeFrom);
    }

    @Test
    void isIdentifiedByTypeManufacturerModelAndVersions() {
        assertThat(esme(List.of()).key()).isEqualTo(new DeviceModelKey(DeviceType.ESME, ManufacturerId.of("1063"),
                "00050201", "0102", "38040401"));
    }

    @Test
    void publishesTheEarlierFirmwareAsEntryIdsSeparatedBySemicolons() {
        assertThat(esme(List.of(1001L, 1002L)).upgradeFrom()).isEqualTo("1001;1002");
        assertThat(esme(List.of()).upgradeFrom()).isEmpty();
    }

    @Test
    void keepsTheCpaCertificateItWasListedWith() {
        assertThat(esme(List.of()).cpa()).isEqualTo(CPA);
    }
}
