package uk.secgov.cpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.secgov.cpl.FormFixtures.HASH_A;
import static uk.secgov.cpl.FormFixtures.HASH_B;
import static uk.secgov.cpl.FormFixtures.csv;
import static uk.secgov.cpl.FormFixtures.esme;
import static uk.secgov.cpl.FormFixtures.smets1Gsme;
import static uk.secgov.cpl.FormFixtures.with;
import static uk.secgov.cpl.FormFixtures.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SubmissionFormReaderTest {

    private final SubmissionFormReader reader = new SubmissionFormReader();

    private List<FormError> errorsOf(byte[] form) {
        InvalidForm invalid = catchThrowableOfType(InvalidForm.class, () -> reader.read(form));
        assertThat(invalid).as("the form must be refused").isNotNull();
        return invalid.errors();
    }

    @Test
    void readsAValidCsvFormWithHexInOneCase() {
        SubmissionForm form = reader.read(csv(esme("38040404", HASH_A.toUpperCase()),
                with(esme("38040405", HASH_B), FormColumn.UPGRADE_FROM, "1201; 1202")));

        assertThat(form.format()).isEqualTo(SubmissionForm.Format.CSV);
        assertThat(form.rows()).hasSize(2);
        DeviceModelRow first = form.rows().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.deviceType()).isEqualTo(DeviceType.ESME);
        assertThat(first.imageHash()).isEqualTo(HASH_A);
        assertThat(first.specificationVersion()).hasToString("SMETS2 v4.2");
        assertThat(first.gbcsVersion()).isEqualTo("v4.2");
        assertThat(first.cpaExpiry()).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(first.upgradeFrom()).isEmpty();
        assertThat(form.rows().get(1).upgradeFrom()).containsExactly(1201L, 1202L);
        assertThat(form.imageCreatorManufacturerId()).isEqualTo("1063");
        assertThat(form.dccMustEndorse()).isFalse();
    }

    @Test
    void readsTheSameRowsFromTheXlsxTemplate() {
        SubmissionForm fromXlsx = reader.read(xlsx(esme("38040404", HASH_A), esme("38040405", HASH_B)));
        SubmissionForm fromCsv = reader.read(csv(esme("38040404", HASH_A), esme("38040405", HASH_B)));

        assertThat(fromXlsx.format()).isEqualTo(SubmissionForm.Format.XLSX);
        assertThat(fromXlsx.rows()).isEqualTo(fromCsv.rows());
    }

    @Test
    void readsRealDateCellsAndUkDates() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx(esme("38040404", HASH_A))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.getSheetAt(0).getRow(1);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row.getCell(FormColumn.CPA_EXPIRY_DATE.ordinal()).setCellValue(LocalDate.of(2030, 1, 15));
            row.getCell(FormColumn.CPA_EXPIRY_DATE.ordinal()).setCellStyle(style);
            workbook.write(out);
            assertThat(reader.read(out.toByteArray()).rows().get(0).cpaExpiry()).isEqualTo(LocalDate.of(2030, 1, 15));
        }
        assertThat(reader.read(csv(with(esme("38040404", HASH_A), FormColumn.CPA_EXPIRY_DATE, "15/01/2030")))
                .rows().get(0).cpaExpiry()).isEqualTo(LocalDate.of(2030, 1, 15));
    }

    @Test
    void reportsEveryErrorWithItsRowAndColumnInOneGo() {
        byte[] form = csv(
                with(esme("3804040", HASH_A), FormColumn.DEVICE_TYPE, "TOASTER"),
                with(esme("38040405", "abc"), FormColumn.GBCS_VERSION, "v9.9"),
                with(esme("38040406", HASH_B), FormColumn.CPA_EXPIRY_DATE, "31 March"));

        List<FormError> errors = errorsOf(form);

        assertThat(errors).extracting(FormError::row, FormError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, FormColumn.DEVICE_TYPE),
                org.assertj.core.groups.Tuple.tuple(2, FormColumn.FIRMWARE_VERSION),
                org.assertj.core.groups.Tuple.tuple(3, FormColumn.GBCS_VERSION),
                org.assertj.core.groups.Tuple.tuple(3, FormColumn.IMAGE_HASH),
                org.assertj.core.groups.Tuple.tuple(4, FormColumn.CPA_EXPIRY_DATE));
        assertThat(errors.get(0).describe()).isEqualTo("Row 2, Device Type (A): 'TOASTER' is not a Device Type; use one"
                + " of ESME, GSME, CHF, GPF, PPMID, HCALCS, SAPC.");
        assertThat(errors.get(1).describe()).contains("Firmware Version (G)").contains("4 bytes")
                .contains("'3804040' (7 characters)");
        assertThat(errors.get(3).describe()).contains("64 hex characters");
        assertThat(errors.get(4).describe()).contains("'31 March' is not a date");
    }

    @Test
    void namesTheMissingAndMisnamedHeaders() {
        byte[] form = ("Device Type,Manufacturer,Manufacturer Name\r\nESME,1063,Meterworks\r\n")
                .getBytes(StandardCharsets.UTF_8);

        List<FormError> errors = errorsOf(form);

        assertThat(errors).allMatch(e -> e.row() == 1);
        assertThat(errors.get(0).column()).isEqualTo(FormColumn.MANUFACTURER_ID);
        assertThat(errors.get(0).message()).contains("'Manufacturer ID'").contains("not 'Manufacturer'");
        assertThat(errors).hasSize(FormColumn.values().length - 2);
    }

    @Test
    void headersIgnoreCaseAndSpacing() {
        String header = Arrays.stream(FormColumn.values()).map(c -> " " + c.header().toUpperCase() + " ")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        String body = String.join(",", esme("38040404", HASH_A));
        assertThat(reader.read((header + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
    }

    @Test
    void refusesGarbageEmptyAndDamagedFiles() {
        assertThat(errorsOf(new byte[0]).get(0).message()).isEqualTo("The form file is empty.");
        assertThat(errorsOf(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}).get(0).message())
                .contains("neither an XLSX workbook nor a CSV file in UTF-8");
        byte[] workbook = xlsx(esme("38040404", HASH_A));
        assertThat(errorsOf(Arrays.copyOf(workbook, workbook.length / 2)).get(0).message())
                .contains("not a readable XLSX workbook");
        assertThat(errorsOf("just some words\n".getBytes(StandardCharsets.UTF_8)).get(0).row()).isEqualTo(1);
        assertThat(errorsOf(csv()).get(0).message()).contains("no Device Model rows");
        assertThat(errorsOf("\"unclosed,quote\n".getBytes(StandardCharsets.UTF_8)).get(0).message())
                .contains("not valid CSV");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        String[][] rows = new String[SubmissionFormReader.MAX_ROWS + 1][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = esme(String.format("%08x", i), HASH_A);
        }
        assertThat(errorsOf(csv(rows)).get(0).message()).contains("more than 1000 Device Model rows");
    }

    @Test
    void oneImageCreatorPerFormAndEachModelOnce() {
        List<FormError> errors = errorsOf(csv(esme("38040404", HASH_A),
                with(esme("38040405", HASH_A), FormColumn.MANUFACTURER_ID, "10a0"),
                esme("38040404", HASH_B)));

        assertThat(errors).extracting(FormError::row).containsExactly(3, 4);
        assertThat(errors.get(0).message()).contains("same image creator").contains("row 2 names 1063")
                .contains("this row 10A0");
        assertThat(errors.get(1).message()).contains("same Device Model as row 2");
    }

    @Test
    void smets1AndCommunicationsHubsNeedTheDcc() {
        assertThat(reader.read(csv(smets1Gsme("01020304", HASH_A))).dccMustEndorse()).isTrue();
        String[] hub = {"CHF", "1063", "Meterworks Ltd", "00C0FFEE", "MW-Hub", "0001", "00000101", "CHTS v4.2",
            "v4.2", "CPA-2026-0100", "", "2028-06-30", HASH_B, "N/A"};
        SubmissionForm form = reader.read(csv(esme("38040404", HASH_A), hub));
        assertThat(form.dccMustEndorse()).isTrue();
        assertThat(form.rows().get(1).cpaRenewal()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(form.rows().get(0).dccMustSubmit()).isFalse();
    }

    @Test
    void versionsMustFitTheDeviceType() {
        List<FormError> errors = errorsOf(csv(
                with(esme("38040404", HASH_A), FormColumn.SMETS_CHTS_VERSION, "CHTS v4.2"),
                with(smets1Gsme("01020304", HASH_B), FormColumn.GBCS_VERSION, "v4.2"),
                with(esme("38040405", HASH_A), FormColumn.CPA_CERTIFICATE, "N/A"),
                with(esme("38040406", HASH_A), FormColumn.CPA_RENEWAL_DATE, "2029-01-01"),
                with(esme("38040407", HASH_A), FormColumn.CPA_EXPIRY_DATE, ""),
                with(esme("38040408", HASH_A), FormColumn.SMETS_CHTS_VERSION, "SMETS2 v9.1")));

        assertThat(errors).extracting(FormError::describe).containsExactly(
                "Row 2, SMETS/CHTS Version (H): A ESME is built to SMETS2 (or SMETS1), not CHTS v4.2.",
                "Row 3, GBCS Version (I): SMETS1 models have no GBCS version: leave it empty or write N/A.",
                "Row 4, CPA Certificate Reference (J): Give the NCSC CPA certificate reference (required for SMETS2"
                        + " v4.2 models; N/A only for SMETS1).",
                "Row 5, CPA Renewal Date (L): Give either an expiry date or a renewal date, not both.",
                "Row 6, CPA Expiry Date (K): Give the CPA certificate's expiry date, or its renewal date in column L.",
                "Row 7, SMETS/CHTS Version (H): 'SMETS2 v9.1' is not a designated version; write SMETS1, SMETS2"
                        + " v5.0/5.1/5.2 (etc.) or CHTS v4.2 (etc.).");
    }

    @Test
    void upgradePathsAreCplEntryIdsOrNa() {
        List<FormError> errors = errorsOf(csv(with(esme("38040404", HASH_A), FormColumn.UPGRADE_FROM, "12; abc"),
                with(esme("38040405", HASH_A), FormColumn.UPGRADE_FROM, "")));
        assertThat(errors).extracting(FormError::describe).containsExactly(
                "Row 2, Upgrade From CPL Entry IDs (N): 'abc' is not a CPL Entry ID (a number such as 1234); separate"
                        + " several with semicolons, or write N/A.",
                "Row 3, Upgrade From CPL Entry IDs (N): Required: the CPL Entry IDs of earlier firmware that can"
                        + " upgrade to this one, separated by semicolons, or N/A.");
    }

    @Test
    void hexTypedAsANumberInExcelGetsAHint() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx(esme("38040404", HASH_A))));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.getSheetAt(0).getRow(1);
            row.getCell(FormColumn.MODEL_ID.ordinal()).setCellValue(50203);
            workbook.write(out);
            List<FormError> errors = errorsOf(out.toByteArray());
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.column()).isEqualTo(FormColumn.MODEL_ID);
                assertThat(e.message()).contains("'50203'").contains("Format the column as Text");
            });
        }
    }

    @Test
    void theCsvTemplateIsTheHeaderLine() {
        assertThat(new String(SubmissionFormTemplate.csv(), StandardCharsets.UTF_8))
                .startsWith("Device Type,Manufacturer ID,").endsWith("Upgrade From CPL Entry IDs\r\n");
        assertThat(errorsOf(SubmissionFormTemplate.csv()).get(0).message()).contains("no Device Model rows");
        assertThat(errorsOf(SubmissionFormTemplate.xlsx()).get(0).message()).contains("no Device Model rows");
    }

    @Test
    void acceptsAUtf8ByteOrderMark() {
        byte[] form = csv(esme("38040404", HASH_A));
        byte[] withBom = new byte[form.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(form, 0, withBom, 3, form.length);
        assertThat(reader.read(withBom).rows()).hasSize(1);
    }
}
