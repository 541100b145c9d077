package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a published CPL (the export's CSV) to start the register: every cell checked, every error at once. */
class CplImporterTest {

    private static final String HEADER = String.join(",", PublishedCpl.COLUMNS);
    private static final String HASH = "76bfd68342d51d4377bf5f4aea9994a3de82dc80fd0c8d4e25c7d7559f99505e";

    private static byte[] file(String... lines) {
        return (HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String entry(String id, String status, String firmware, String hash, String upgradeFrom) {
        return id + "," + status + ",ESME,1063,Meterworks Ltd,00050203,MW-E3 Single Phase,0102," + firmware
                + ",SMETS2 v4.2,v4.2,CPA-2024-0107,2027-06-30,," + upgradeFrom + "," + hash
                + ",2024-07-11T09:30:00Z,2024-07-11";
    }

    private static List<String> errors(byte[] file) {
        try {
            CplImporter.read(file);
        } catch (InvalidForm invalid) {
            return invalid.errors().stream().map(FormError::describe).toList();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void theDemoCplReadsWithItsEntryIdsHashesAndDates() throws IOException {
        byte[] demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/cpl-entries.csv")) {
            demo = in.readAllBytes();
        }
        List<CplImporter.ImportedEntry> entries = CplImporter.read(demo);
        assertThat(entries).extracting(CplImporter.ImportedEntry::entryId)
                .containsExactly(1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1007L);
        CplImporter.ImportedEntry first = entries.get(0);
        assertThat(first.imageHash()).isEqualTo(HASH);
        assertThat(first.hashSince()).isEqualTo(Instant.parse("2024-07-11T09:30:00Z"));
        assertThat(first.row().key().toString()).contains("00050203");
        assertThat(entries.get(6).row().specificationVersion().smets1()).isTrue();
        assertThat(entries.get(1).row().cpaRenewal()).hasToString("2027-09-30");
    }

    @Test
    void aRemovedEntryHasNoCurrentHashAndAnUpgradePathMayNameAnEarlierEntry() {
        List<CplImporter.ImportedEntry> entries = CplImporter.read(file(entry("7", "REMOVED", "38040300", "", "N/A"),
                entry("8", "HASH_ASSOCIATED", "38040404", HASH.toUpperCase(), "7")));
        assertThat(entries.get(0).imageHash()).isNull();
        assertThat(entries.get(1).imageHash()).isEqualTo(HASH);
        assertThat(entries.get(1).row().upgradeFrom()).containsExactly(7L);
    }

    @Test
    void everyProblemIsReportedByRowAndByTheImportFilesOwnColumn() {
        List<String> errors = errors(file(
                entry("0", "LISTED", "3804", "xyz", "99"),
                entry("5", "HASH_ASSOCIATED", "38040404", HASH, "N/A"),
                entry("5", "HASH_ASSOCIATED", "38040404", HASH, "N/A"),
                entry("6", "REMOVED", "38040405", HASH, "N/A").replace("2024-07-11T09:30:00Z", "yesterday")));
        assertThat(errors).anyMatch(e -> e.startsWith("Row 2") && e.contains("CPL Entry ID (A)"))
                .anyMatch(e -> e.startsWith("Row 2") && e.contains("Status (B)") && e.contains("LISTED"))
                .anyMatch(e -> e.startsWith("Row 2") && e.contains("Firmware Version (I)"))
                .anyMatch(e -> e.startsWith("Row 2") && e.contains("Manufacturer Image Hash (P)"))
                .anyMatch(e -> e.startsWith("Row 4") && e.contains("already the CPL Entry ID of row 3"))
                .anyMatch(e -> e.startsWith("Row 4") && e.contains("same Device Model as row 3"))
                .anyMatch(e -> e.startsWith("Row 5") && e.contains("a REMOVED entry has no current Hash"))
                .anyMatch(e -> e.startsWith("Row 5") && e.contains("Hash Associated (Q)") && e.contains("yesterday"));
    }

    @Test
    void anUpgradePathMustNameAnEntryOfTheFile() {
        assertThat(errors(file(entry("5", "HASH_ASSOCIATED", "38040404", HASH, "4"))))
                .containsExactly("Row 2: Upgrade From CPL Entry IDs (O): 4 is not a CPL Entry ID in this file.");
    }

    @Test
    void aFileInOtherColumnsOrEmptyOrNotCsvIsRefusedWithItsReason() {
        assertThat(errors(FormFixtures.csv(FormFixtures.esme("38040404", HASH))))
                .first().asString().contains("CPL Entry ID (A): the header must be 'CPL Entry ID'");
        assertThat(errors(new byte[0])).containsExactly("The file is empty: it needs the header row of the CPL"
                + " export and at least one entry.");
        assertThat(errors((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("The file has no entries under the header.");
        assertThat(errors(file("1,\"unclosed"))).singleElement().asString().contains("not valid CSV");
    }
}
