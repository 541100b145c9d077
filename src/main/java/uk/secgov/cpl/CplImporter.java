package uk.secgov.cpl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.secgov.platform.output.CsvCells;
import uk.secgov.platform.security.Allowed;

/**
 * Starts the register from the CPL as published before this system: the CSV in the export's own columns (so
 * an export of this system reads back unchanged). Every cell is checked as on a submission form, plus the CPL
 * Entry IDs (kept as they were published), the status, and the dates. All or nothing: one problem and nothing
 * is imported; every problem is reported by row and column at once. Only an empty register can be started.
 */
@ApplicationScoped
@Transactional
public class CplImporter {

    /** Far above today's CPL (some thousands of entries). */
    public static final int MAX_ENTRIES = 200_000;

    /** One published entry, checked. */
    public record ImportedEntry(long entryId, DeviceModelRow row, Instant listedAt, String imageHash,
            Instant hashSince) {
    }

    private static final int ENTRY_ID = 0;
    private static final int STATUS = 1;
    private static final int FIRST_MODEL_COLUMN = 2;
    private static final int UPGRADE_FROM = 14;
    private static final int HASH = 15;
    private static final int HASH_SINCE = 16;
    private static final int LISTED = 17;

    @Inject
    CplRegister register;

    @Inject
    Clock clock;

    @Allowed("secas")
    public CplImport importCsv(NamedFile file, String source, String actor) {
        if (source == null || source.isBlank()) {
            throw new InvalidCplRequest("source", "Say which published CPL this is, e.g. 'CPL published by SECAS on"
                    + " 1 November 2026'.");
        }
        if (source.strip().length() > 500) {
            throw new InvalidCplRequest("source", "The source is too long: at most 500 characters.");
        }
        long listed = register.countModels();
        if (listed > 0) {
            throw new ImportRefused("The CPL register already has " + listed + " Device Model(s). An import"
                    + " only starts an empty register from the CPL published before this system; later changes"
                    + " come through submissions and decisions.");
        }
        List<ImportedEntry> entries = read(file.bytes());
        CplImport origin = register.add(CplImport.of(file, source.strip(), entries.size(), actor, clock.instant()));
        register.addImported(entries, origin, actor);
        return origin;
    }

    static List<ImportedEntry> read(byte[] bytes) {
        List<FormError> errors = new ArrayList<>();
        List<CSVRecord> records = records(bytes);
        if (records.isEmpty()) {
            throw new InvalidForm(List.of(new FormError(0, null, "The file is empty: it needs the header row of the"
                    + " CPL export and at least one entry.")));
        }
        CSVRecord header = records.get(0);
        for (int c = 0; c < PublishedCpl.COLUMNS.size(); c++) {
            String found = c < header.size() ? header.get(c).strip().replace("\uFEFF", "") : "";
            if (!found.equalsIgnoreCase(PublishedCpl.COLUMNS.get(c))) {
                errors.add(new FormError(1, null, label(c) + ": the header must be '" + PublishedCpl.COLUMNS.get(c)
                        + "', not '" + found + "'. Use the columns of the CPL export (GET /api/v1/cpl/export.csv)."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        if (records.size() - 1 > MAX_ENTRIES) {
            throw new InvalidForm(List.of(new FormError(0, null, "The file has " + (records.size() - 1)
                    + " entries; at most " + MAX_ENTRIES + " can be imported.")));
        }
        List<ImportedEntry> entries = new ArrayList<>();
        Map<Long, Integer> ids = new HashMap<>();
        Map<DeviceModelKey, Integer> models = new HashMap<>();
        for (int i = 1; i < records.size(); i++) {
            int rowNumber = i + 1;
            String[] cells = new String[PublishedCpl.COLUMNS.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = c < records.get(i).size() ? CsvCells.restore(records.get(i).get(c).strip()) : "";
            }
            if (java.util.Arrays.stream(cells).allMatch(String::isEmpty)) {
                continue;
            }
            entry(rowNumber, cells, errors).ifPresent(e -> {
                Integer sameId = ids.putIfAbsent(e.entryId(), rowNumber);
                if (sameId != null) {
                    errors.add(new FormError(rowNumber, null, label(ENTRY_ID) + ": " + e.entryId()
                            + " is already the CPL Entry ID of row " + sameId + "."));
                }
                Integer sameModel = models.putIfAbsent(e.row().key(), rowNumber);
                if (sameModel != null) {
                    errors.add(new FormError(rowNumber, null, "The same Device Model as row " + sameModel + " ("
                            + e.row().key() + "): a Device Model is listed once."));
                }
                entries.add(e);
            });
        }
        Set<Long> known = new HashSet<>(ids.keySet());
        for (ImportedEntry e : entries) {
            for (Long from : e.row().upgradeFrom()) {
                if (!known.contains(from)) {
                    errors.add(new FormError(e.row().row(), null, label(UPGRADE_FROM) + ": " + from
                            + " is not a CPL Entry ID in this file."));
                }
            }
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new FormError(0, null, "The file has no entries under the header."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        return entries;
    }

    private static Optional<ImportedEntry> entry(int rowNumber, String[] cells, List<FormError> errors) {
        int before = errors.size();
        Long entryId = null;
        if (!cells[ENTRY_ID].matches("[1-9][0-9]{0,17}")) {
            errors.add(new FormError(rowNumber, null, label(ENTRY_ID) + ": '" + cells[ENTRY_ID]
                    + "' is not a CPL Entry ID (a positive number)."));
        } else {
            entryId = Long.parseLong(cells[ENTRY_ID]);
        }
        CplEntry.Status status = null;
        try {
            status = CplEntry.Status.valueOf(cells[STATUS].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FormError(rowNumber, null, label(STATUS) + ": '" + cells[STATUS] + "' is not a status;"
                    + " use one of " + java.util.Arrays.toString(CplEntry.Status.values()) + "."));
        }
        // The Device Model cells are those of a submission form, in the same order; the Hash comes after them.
        String[] form = new String[FormColumn.values().length];
        for (FormColumn column : FormColumn.values()) {
            form[column.ordinal()] = switch (column) {
                case IMAGE_HASH -> status == CplEntry.Status.REMOVED && cells[HASH].isEmpty()
                        ? "0".repeat(64) : cells[HASH];
                case UPGRADE_FROM -> cells[UPGRADE_FROM];
                default -> cells[FIRST_MODEL_COLUMN + column.ordinal()];
            };
        }
        List<FormError> rowErrors = new ArrayList<>();
        Optional<DeviceModelRow> row = SubmissionFormReader.checkRow(rowNumber, form, rowErrors);
        for (FormError e : rowErrors) {
            errors.add(new FormError(rowNumber, null, label(importColumn(e.column())) + ": " + e.message()));
        }
        if (status == CplEntry.Status.REMOVED && !cells[HASH].isEmpty()) {
            errors.add(new FormError(rowNumber, null, label(HASH) + ": a REMOVED entry has no current Hash."));
        }
        Instant listed = instant(rowNumber, LISTED, cells, errors);
        Instant since = instant(rowNumber, HASH_SINCE, cells, errors);
        if (errors.size() > before || row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedEntry(entryId, row.get(), listed,
                status == CplEntry.Status.REMOVED ? null : row.get().imageHash(), since));
    }

    private static int importColumn(FormColumn column) {
        if (column == null) {
            return -1;
        }
        return switch (column) {
            case IMAGE_HASH -> HASH;
            case UPGRADE_FROM -> UPGRADE_FROM;
            default -> FIRST_MODEL_COLUMN + column.ordinal();
        };
    }

    private static Instant instant(int rowNumber, int column, String[] cells, List<FormError> errors) {
        String value = cells[column];
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException unreadable) {
            errors.add(new FormError(rowNumber, null, label(column) + ": '" + value + "' is not a date (2024-07-11)"
                    + " or a time (2024-07-11T09:30:00Z)."));
            return null;
        }
    }

    /** "Firmware Version (I)", in the import file's own columns. */
    private static String label(int column) {
        return column < 0 ? "Row" : PublishedCpl.COLUMNS.get(column) + " (" + (char) ('A' + column) + ")";
    }

    private static List<CSVRecord> records(byte[] bytes) {
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().get().parse(in)) {
            return parser.getRecords();
        } catch (IOException | RuntimeException malformed) {
            throw new InvalidForm(List.of(new FormError(0, null, "The file is not valid CSV (an unclosed quotation"
                    + " mark?). Send the CPL export as CSV in UTF-8.")));
        }
    }
}
