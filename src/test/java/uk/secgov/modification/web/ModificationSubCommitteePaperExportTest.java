package uk.secgov.modification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.secgov.modification.Classification;
import uk.secgov.modification.SubCommitteePaper;

/** The paper as XLSX and CSV: the columns a sub-committee needs, and no cell a spreadsheet would run. */
class ModificationSubCommitteePaperExportTest {

    private final SubCommitteePaper.Paper paper = new SubCommitteePaper.Paper(YearMonth.of(2021, 6),
            List.of(new SubCommitteePaper.Row("DP168", "CPL Security Improvements", "G. Hextall (Bright Energy)",
                    "Sam Analyst", LocalDate.of(2021, 6, 11), "Development Stage", Classification.WHITE,
                    "Hashes are not signed")),
            List.of(new SubCommitteePaper.Row("MP170", "=HYPERLINK(\"x\")", "P (Q)", "not yet assigned",
                    LocalDate.of(2021, 5, 2), "Refinement Process", Classification.GREEN, "Issue")));

    @Test
    void theSpreadsheetHasASheetPerSectionWithTheCasesColumns() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(SubCommitteePaperExport.xlsx(paper)))) {
            Sheet raised = book.getSheet("New Draft Proposals");
            assertThat(raised.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Lead Analyst");
            assertThat(raised.getRow(1).getCell(0).getStringCellValue()).isEqualTo("DP168");
            assertThat(raised.getRow(1).getCell(4).getStringCellValue()).isEqualTo("11/06/2021");
            assertThat(raised.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Hashes are not signed");
            org.apache.poi.ss.usermodel.Cell title = book.getSheet("Conversions").getRow(1).getCell(1);
            assertThat(title.getCellType()).as("a title that looks like a formula stays text")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void theCsvHasASectionColumn() {
        String csv = new String(SubCommitteePaperExport.csv(paper), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).startsWith("Section,Reference,Title,Proposer,Lead Analyst,Raised,Stage,Classification,"
                + "Summary of the issue");
        assertThat(csv.lines().toList().get(1)).startsWith("New Draft Proposals,DP168,CPL Security Improvements,");
        assertThat(csv.lines().toList().get(2)).startsWith("Conversions,MP170,\"'=HYPERLINK(\"\"x\"\")\",");
    }
}
