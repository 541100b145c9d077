package uk.secgov.cpl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.secgov.platform.output.CsvCells;

/**
 * The submission form the Panel specifies (Appendix Z 4.2), to download: an XLSX workbook (the
 * form sheet with its header, text-formatted hex columns and a Device Type list, and a guidance
 * sheet with an example row) and the CSV equivalent (the header line).
 */
public final class SubmissionFormTemplate {

    private static final String[] GUIDANCE = {
        "One of " + DeviceType.codes() + " (a Communications Hub is CHF and GPF)",
        "The image creator's Manufacturer Identifier: 4 hex characters; the same on every row",
        "The image creator's name",
        "Model Identifier: hex, 2 to 16 characters",
        "The model's name",
        "Hex, 2 to 16 characters",
        "Hex, 8 characters (4 bytes)",
        "SMETS1, SMETS2 v4.2 (etc.) or, for CHF and GPF, CHTS v4.2 (etc.)",
        "e.g. v4.2; empty or N/A for SMETS1",
        "NCSC CPA certificate reference; N/A for SMETS1",
        "yyyy-mm-dd or dd/mm/yyyy; or give the renewal date instead",
        "yyyy-mm-dd or dd/mm/yyyy, for certificates with a renewal date",
        "SHA-256 of the Manufacturer Image: 64 hex characters",
        "CPL Entry IDs of earlier firmware that can upgrade to this one, separated by semicolons, or N/A",
    };

    private SubmissionFormTemplate() {
    }

    public static byte[] csv() {
        return (Arrays.stream(FormColumn.values()).map(FormColumn::header).map(CsvCells::neutralise).collect(Collectors.joining(","))
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet form = workbook.createSheet("CPL submission");
            Row header = form.createRow(0);
            for (FormColumn column : FormColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
                header.getCell(column.ordinal()).setCellStyle(headerStyle);
                boolean date = column == FormColumn.CPA_EXPIRY_DATE || column == FormColumn.CPA_RENEWAL_DATE;
                if (!date) {
                    form.setDefaultColumnStyle(column.ordinal(), textStyle);
                }
                form.setColumnWidth(column.ordinal(), column == FormColumn.IMAGE_HASH ? 70 * 256 : 22 * 256);
            }
            form.createFreezePane(0, 1);
            DataValidationHelper helper = form.getDataValidationHelper();
            DataValidation types = helper.createValidation(
                    helper.createExplicitListConstraint(Arrays.stream(DeviceType.values()).map(Enum::name)
                            .toArray(String[]::new)),
                    new CellRangeAddressList(1, SubmissionFormReader.MAX_ROWS, 0, 0));
            types.setShowErrorBox(true);
            form.addValidationData(types);

            Sheet guidance = workbook.createSheet("Guidance");
            Row titles = guidance.createRow(0);
            titles.createCell(0).setCellValue("Column");
            titles.createCell(1).setCellValue("What to write");
            titles.createCell(2).setCellValue("Example");
            for (int i = 0; i < 3; i++) {
                titles.getCell(i).setCellStyle(headerStyle);
            }
            for (FormColumn column : FormColumn.values()) {
                Row row = guidance.createRow(column.ordinal() + 1);
                row.createCell(0).setCellValue(column.label());
                row.createCell(1).setCellValue(GUIDANCE[column.ordinal()]);
                row.createCell(2).setCellValue(column.example());
            }
            Row note = guidance.createRow(FormColumn.values().length + 2);
            note.createCell(0).setCellValue("The manufacturer signs the saved file (CMS, detached, SHA-256) with its"
                    + " IKI certificate; the Supplier, or the DCC for Communications Hubs and SMETS1, countersigns it.");
            guidance.setColumnWidth(0, 34 * 256);
            guidance.setColumnWidth(1, 90 * 256);
            guidance.setColumnWidth(2, 70 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
