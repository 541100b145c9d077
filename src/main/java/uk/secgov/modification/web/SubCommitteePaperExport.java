package uk.secgov.modification.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.secgov.modification.SubCommitteePaper;
import uk.secgov.platform.output.CsvCells;
import uk.secgov.platform.time.UkFormat;

/** The monthly sub-committee paper as a spreadsheet (one sheet per section) or as CSV (a section column). */
final class SubCommitteePaperExport {

    static final String[] HEADERS = {"Reference", "Title", "Proposer", "Lead Analyst", "Raised", "Stage",
        "Classification", "Summary of the issue"};
    static final String RAISED = "New Draft Proposals";
    static final String CONVERTED = "Conversions";

    private SubCommitteePaperExport() {
    }

    static byte[] xlsx(SubCommitteePaper.Paper paper) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(workbook.createSheet(RAISED), paper.raised(), bold);
            sheet(workbook.createSheet(CONVERTED), paper.converted(), bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<SubCommitteePaper.Row> rows, CellStyle bold) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            header.createCell(i).setCellValue(HEADERS[i]);
            header.getCell(i).setCellStyle(bold);
        }
        int n = 1;
        for (SubCommitteePaper.Row r : rows) {
            Row row = sheet.createRow(n++);
            String[] values = values(r);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    static byte[] csv(SubCommitteePaper.Paper paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().get())) {
            csv.print("Section");
            csv.printRecord((Object[]) HEADERS);
            for (SubCommitteePaper.Row r : paper.raised()) {
                csv.print(RAISED);
                csv.printRecord(Arrays.stream(values(r)).map(CsvCells::neutralise).toList());
            }
            for (SubCommitteePaper.Row r : paper.converted()) {
                csv.print(CONVERTED);
                csv.printRecord(Arrays.stream(values(r)).map(CsvCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Cell values as recorded: a workbook cell is text anyway; the CSV neutralises every one ({@link CsvCells}). */
    private static String[] values(SubCommitteePaper.Row r) {
        return new String[] {r.reference(), r.title(), r.proposer(), r.leadAnalyst(),
            UkFormat.DATE.format(r.raisedOn()), r.stage(), r.classification().name(), r.issueSummary()};
    }
}
