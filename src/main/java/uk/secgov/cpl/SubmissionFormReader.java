package uk.secgov.cpl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.secgov.platform.time.UkFormat;

/**
 * Reads a CPL submission form, XLSX (first sheet) or CSV (UTF-8), and checks every cell. Every
 * problem is reported with its row and column in one {@link InvalidForm}; a form with any problem
 * is refused whole. Stateless and thread-safe.
 *
 * <p>It is longer than most classes because it reads two file formats into one grid (XLSX cells with their date
 * and number types, and CSV text) and checks each of the fourteen columns with a message that names the row, the
 * column and what to write instead; the checks of one row ({@code RowCheck}) are shared with the CPL import.
 */
public class SubmissionFormReader {

    /** More rows than any real submission; a bigger file is refused rather than parsed. */
    public static final int MAX_ROWS = 1000;

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final int MAX_TEXT = 200;

    public SubmissionForm read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidForm(List.of(new FormError(0, null, "The form file is empty.")));
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip ? readXlsx(bytes) : readCsv(bytes);
    }

    private SubmissionForm readXlsx(byte[] bytes) {
        List<List<Cell>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidForm(List.of(new FormError(0, null, "The workbook has no sheet.")));
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw tooManyRows();
            }
            DataFormatter text = new DataFormatter(Locale.UK);
            List<String[]> cells = new ArrayList<>();
            List<LocalDate[]> dates = new ArrayList<>();
            List<Boolean> numeric = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] values = new String[FormColumn.values().length];
                LocalDate[] dateValues = new LocalDate[values.length];
                boolean[] hexAsNumber = {false};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell == null) {
                        values[c] = "";
                        continue;
                    }
                    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                            : cell.getCellType();
                    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        dateValues[c] = cell.getLocalDateTimeCellValue().toLocalDate();
                        values[c] = dateValues[c].toString();
                    } else {
                        values[c] = text.formatCellValue(cell).trim();
                        if (type == CellType.NUMERIC) {
                            hexAsNumber[0] = true;
                        }
                    }
                }
                cells.add(values);
                dates.add(dateValues);
                numeric.add(hexAsNumber[0]);
            }
            return check(SubmissionForm.Format.XLSX, cells, dates, numeric);
        } catch (InvalidForm invalid) {
            throw invalid;
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a damaged, encrypted or hostile workbook with many exception types.
            throw new InvalidForm(List.of(new FormError(0, null,
                    "The file looks like a ZIP file but is not a readable XLSX workbook. Save it from Excel as"
                            + " 'Excel Workbook (.xlsx)', or send the form as CSV.")));
        }
    }

    private SubmissionForm readCsv(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException notText) {
            throw new InvalidForm(List.of(new FormError(0, null,
                    "The file is neither an XLSX workbook nor a CSV file in UTF-8. Download the template and fill it in.")));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        List<String[]> cells = new ArrayList<>();
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8); CSVParser parser = CSVFormat.RFC4180.builder().get().parse(in)) {
            for (CSVRecord record : parser) {
                if (cells.size() > MAX_ROWS) {
                    throw tooManyRows();
                }
                String[] values = new String[FormColumn.values().length];
                for (int c = 0; c < values.length; c++) {
                    values[c] = c < record.size() ? record.get(c).trim() : "";
                }
                cells.add(values);
            }
        } catch (InvalidForm invalid) {
            throw invalid;
        } catch (IOException | RuntimeException malformed) {
            // Commons CSV reports an unclosed quote and the like as an IOException or IllegalStateException.
            throw new InvalidForm(List.of(new FormError(cells.size() + 1, null,
                    "This line is not valid CSV (an unclosed quotation mark?). Download the template and fill it in.")));
        }
        List<LocalDate[]> dates = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            dates.add(new LocalDate[FormColumn.values().length]);
            numeric.add(false);
        }
        return check(SubmissionForm.Format.CSV, cells, dates, numeric);
    }

    private static InvalidForm tooManyRows() {
        return new InvalidForm(List.of(new FormError(0, null,
                "The form has more than " + MAX_ROWS + " Device Model rows; split it into several submissions.")));
    }

    private SubmissionForm check(SubmissionForm.Format format, List<String[]> cells, List<LocalDate[]> dates,
            List<Boolean> numeric) {
        List<FormError> errors = new ArrayList<>();
        if (cells.isEmpty()) {
            throw new InvalidForm(List.of(new FormError(0, null, "The form is empty: it needs the header row and"
                    + " at least one Device Model row.")));
        }
        String[] header = cells.get(0);
        for (FormColumn column : FormColumn.values()) {
            if (!FormColumn.normalised(header[column.ordinal()]).equals(FormColumn.normalised(column.header()))) {
                errors.add(new FormError(1, column, "The header must be '" + column.header() + "'"
                        + (header[column.ordinal()].isEmpty() ? "; the cell is empty." : ", not '"
                        + shorten(header[column.ordinal()]) + "'.")
                        + " Use the template: the columns are in a fixed order."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        List<DeviceModelRow> rows = new ArrayList<>();
        Map<DeviceModelKey, Integer> seen = new HashMap<>();
        String creator = null;
        int creatorRow = 0;
        for (int i = 1; i < cells.size(); i++) {
            String[] values = cells.get(i);
            if (java.util.Arrays.stream(values).allMatch(String::isEmpty)) {
                continue;
            }
            RowCheck rowCheck = new RowCheck(i + 1, values, dates.get(i), numeric.get(i), errors);
            Optional<DeviceModelRow> row = rowCheck.read();
            if (row.isEmpty()) {
                continue;
            }
            DeviceModelRow r = row.get();
            if (creator == null) {
                creator = r.manufacturerId();
                creatorRow = r.row();
            } else if (!creator.equals(r.manufacturerId())) {
                errors.add(new FormError(r.row(), FormColumn.MANUFACTURER_ID, "Every row must name the same image"
                        + " creator, as one manufacturer signs the form: row " + creatorRow + " names " + creator
                        + ", this row " + r.manufacturerId() + ". Send one form per manufacturer."));
            }
            Integer earlier = seen.putIfAbsent(r.key(), r.row());
            if (earlier != null) {
                errors.add(new FormError(r.row(), null, "The same Device Model as row " + earlier
                        + " (" + r.key() + "): a Device Model can be listed once per form."));
            }
            rows.add(r);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FormError(0, null, "The form has no Device Model rows under the header."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        return new SubmissionForm(format, rows);
    }

    /**
     * The checks of one row of cells in form column order, for other files that carry Device Model rows (an
     * import of the published CPL): each problem is added to {@code errors}, and the row is returned only if it
     * has none.
     */
    static Optional<DeviceModelRow> checkRow(int row, String[] values, List<FormError> errors) {
        return new RowCheck(row, values, new LocalDate[FormColumn.values().length], false, errors).read();
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** The checks of one row; each problem is added to the list and the row is returned only if it has none. */
    private static final class RowCheck {

        private final int row;
        private final String[] values;
        private final LocalDate[] dates;
        private final boolean numericCells;
        private final List<FormError> errors;
        private final int errorsBefore;

        RowCheck(int row, String[] values, LocalDate[] dates, boolean numericCells, List<FormError> errors) {
            this.row = row;
            this.values = values;
            this.dates = dates;
            this.numericCells = numericCells;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        Optional<DeviceModelRow> read() {
            DeviceType type = required(FormColumn.DEVICE_TYPE).flatMap(t -> {
                Optional<DeviceType> parsed = DeviceType.parse(t);
                if (parsed.isEmpty()) {
                    error(FormColumn.DEVICE_TYPE, "'" + shorten(t) + "' is not a Device Type; use one of "
                            + DeviceType.codes() + ".");
                }
                return parsed;
            }).orElse(null);
            String manufacturerId = hex(FormColumn.MANUFACTURER_ID, 4, 4, "2 bytes, e.g. 1063");
            String manufacturerName = text(FormColumn.MANUFACTURER_NAME);
            String modelId = hex(FormColumn.MODEL_ID, 2, 16, "1 to 8 bytes, e.g. 00050203");
            String modelName = text(FormColumn.MODEL_NAME);
            String hardware = hex(FormColumn.HARDWARE_VERSION, 2, 16, "1 to 8 bytes, e.g. 0102");
            String firmware = hex(FormColumn.FIRMWARE_VERSION, 8, 8, "4 bytes, e.g. 38040404");
            SpecificationVersion version = required(FormColumn.SMETS_CHTS_VERSION).flatMap(v -> {
                Optional<SpecificationVersion> parsed = SpecificationVersion.parse(v);
                if (parsed.isEmpty()) {
                    error(FormColumn.SMETS_CHTS_VERSION, "'" + shorten(v) + "' is not a designated version; write"
                            + " SMETS1, SMETS2 v" + String.join("/", SpecificationVersion.SMETS2_VERSIONS.subList(
                                    SpecificationVersion.SMETS2_VERSIONS.size() - 3,
                                    SpecificationVersion.SMETS2_VERSIONS.size())) + " (etc.) or CHTS v4.2 (etc.).");
                }
                return parsed;
            }).orElse(null);
            if (type != null && version != null && !version.smets1()) {
                if (type.communicationsHub() && version.family() != SpecificationVersion.Family.CHTS) {
                    error(FormColumn.SMETS_CHTS_VERSION, "A " + type + " (Communications Hub) is built to CHTS, not "
                            + version + ".");
                } else if (!type.communicationsHub() && version.family() != SpecificationVersion.Family.SMETS2) {
                    error(FormColumn.SMETS_CHTS_VERSION, "A " + type + " is built to SMETS2 (or SMETS1), not "
                            + version + ".");
                }
            }
            String gbcs = gbcs(version);
            String cpa = values[FormColumn.CPA_CERTIFICATE.ordinal()];
            LocalDate expiry = date(FormColumn.CPA_EXPIRY_DATE);
            LocalDate renewal = date(FormColumn.CPA_RENEWAL_DATE);
            boolean smets1 = version != null && version.smets1();
            if (cpa.isEmpty() || cpa.equalsIgnoreCase("N/A")) {
                if (!smets1 && version != null) {
                    error(FormColumn.CPA_CERTIFICATE, "Give the NCSC CPA certificate reference (required for "
                            + version + " models; N/A only for SMETS1).");
                }
                cpa = null;
            } else if (cpa.length() > MAX_TEXT) {
                error(FormColumn.CPA_CERTIFICATE, "Too long: at most " + MAX_TEXT + " characters.");
            } else if (expiry == null && renewal == null && filled(FormColumn.CPA_EXPIRY_DATE)
                    + filled(FormColumn.CPA_RENEWAL_DATE) == 0) {
                error(FormColumn.CPA_EXPIRY_DATE, "Give the CPA certificate's expiry date, or its renewal date in"
                        + " column " + FormColumn.CPA_RENEWAL_DATE.letter() + ".");
            }
            if (expiry != null && renewal != null) {
                error(FormColumn.CPA_RENEWAL_DATE, "Give either an expiry date or a renewal date, not both.");
            }
            String hash = hex(FormColumn.IMAGE_HASH, 64, 64, "the SHA-256 of the Manufacturer Image: 64 hex characters");
            List<Long> upgradeFrom = upgradeFrom();
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new DeviceModelRow(row, type, manufacturerId, manufacturerName, modelId, modelName,
                    hardware, firmware, version, gbcs, cpa, expiry, renewal, hash, upgradeFrom));
        }

        private int filled(FormColumn column) {
            return values[column.ordinal()].isEmpty() ? 0 : 1;
        }

        private String gbcs(SpecificationVersion version) {
            String value = values[FormColumn.GBCS_VERSION.ordinal()];
            if (version != null && version.smets1()) {
                if (!value.isEmpty() && !value.equalsIgnoreCase("N/A")) {
                    error(FormColumn.GBCS_VERSION, "SMETS1 models have no GBCS version: leave it empty or write N/A.");
                }
                return null;
            }
            if (value.isEmpty()) {
                error(FormColumn.GBCS_VERSION, "Required: the GBCS version, e.g. v4.2.");
                return null;
            }
            Optional<String> parsed = SpecificationVersion.parseGbcs(value);
            if (parsed.isEmpty()) {
                error(FormColumn.GBCS_VERSION, "'" + shorten(value) + "' is not a designated GBCS version; e.g. v4.2.");
            }
            return parsed.orElse(null);
        }

        private List<Long> upgradeFrom() {
            String value = values[FormColumn.UPGRADE_FROM.ordinal()];
            if (value.isEmpty()) {
                error(FormColumn.UPGRADE_FROM, "Required: the CPL Entry IDs of earlier firmware that can upgrade to"
                        + " this one, separated by semicolons, or N/A.");
                return List.of();
            }
            if (value.equalsIgnoreCase("N/A")) {
                return List.of();
            }
            List<Long> ids = new ArrayList<>();
            for (String part : value.split("[;,]")) {
                String id = part.trim();
                if (!id.matches("[1-9][0-9]{0,9}")) {
                    error(FormColumn.UPGRADE_FROM, "'" + shorten(id) + "' is not a CPL Entry ID (a number such as 1234);"
                            + " separate several with semicolons, or write N/A.");
                    return List.of();
                }
                ids.add(Long.parseLong(id));
            }
            return List.copyOf(ids);
        }

        private Optional<String> required(FormColumn column) {
            String value = values[column.ordinal()];
            if (value.isEmpty()) {
                error(column, "Required.");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private String text(FormColumn column) {
            String value = required(column).orElse(null);
            if (value != null && value.length() > MAX_TEXT) {
                error(column, "Too long: at most " + MAX_TEXT + " characters.");
            }
            return value;
        }

        private String hex(FormColumn column, int min, int max, String expected) {
            String value = required(column).orElse(null);
            if (value == null) {
                return null;
            }
            boolean ok = HEX.matcher(value).matches() && value.length() >= min && value.length() <= max
                    && value.length() % 2 == 0;
            if (!ok) {
                String found = shorten(value);
                error(column, "Must be hexadecimal, " + expected + "; found '" + found + "'"
                        + (HEX.matcher(value).matches() ? " (" + value.length() + " characters)" : "")
                        + (numericCells && value.matches("[0-9]+") ? ". Format the column as Text so that leading"
                        + " zeros are kept" : "") + ".");
                return null;
            }
            // One canonical case: identifiers in upper case as the CPL publishes them, the Hash as sha256sum prints it.
            return column == FormColumn.IMAGE_HASH ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT);
        }

        private LocalDate date(FormColumn column) {
            if (dates[column.ordinal()] != null) {
                return dates[column.ordinal()];
            }
            String value = values[column.ordinal()];
            if (value.isEmpty()) {
                return null;
            }
            try {
                return UkFormat.parseDate(value);
            } catch (DateTimeParseException notADate) {
                error(column, "'" + shorten(value) + "' is not a date; write 2029-03-31 or 31/03/2029.");
                return null;
            }
        }

        private void error(FormColumn column, String message) {
            errors.add(new FormError(row, column, message));
        }
    }
}
