package uk.secgov.cpl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Submission forms for tests: rows as cell arrays, written as CSV or into the real XLSX template. */
public final class FormFixtures {

    public static final String HASH_A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static final String HASH_B = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private FormFixtures() {
    }

    /** A valid SMETS2 ESME row of Meterworks (1063) with the given firmware version and Hash. */
    public static String[] esme(String firmware, String hash) {
        return new String[] {"ESME", "1063", "Meterworks Ltd", "00050203", "MW-E3 Single Phase", "0102", firmware,
            "SMETS2 v4.2", "v4.2", "CPA-2026-0042", "2029-03-31", "", hash, "N/A"};
    }

    /** A valid SMETS1 GSME row (the DCC must submit it). */
    public static String[] smets1Gsme(String firmware, String hash) {
        return new String[] {"GSME", "1063", "Meterworks Ltd", "000A0001", "MW-G1", "01", firmware, "SMETS1", "N/A",
            "N/A", "", "", hash, "N/A"};
    }

    public static String[] with(String[] row, FormColumn column, String value) {
        String[] copy = row.clone();
        copy[column.ordinal()] = value;
        return copy;
    }

    public static byte[] csv(String[]... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(Arrays.stream(FormColumn.values()).map(FormColumn::header).collect(Collectors.joining(",")));
        for (String[] row : rows) {
            lines.add(Arrays.stream(row).map(FormFixtures::quoted).collect(Collectors.joining(",")));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The rows typed into the downloadable template, as a user would in Excel (all text cells). */
    public static byte[] xlsx(String[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(SubmissionFormTemplate.xlsx()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
