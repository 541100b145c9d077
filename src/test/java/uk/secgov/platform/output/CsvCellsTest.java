package uk.secgov.platform.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would run as formulas are written as text (OWASP CSV injection). */
class CsvCellsTest {

    @Test
    void putsAQuoteBeforeEveryFormulaLikeStart() {
        assertThat(CsvCells.neutralise("=HYPERLINK(\"http://evil\",\"click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(CsvCells.neutralise("+CPA-2026-1")).isEqualTo("'+CPA-2026-1");
        assertThat(CsvCells.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOrdinaryCellsAsTheyAre() {
        assertThat(CsvCells.neutralise("Meterworks ESME")).isEqualTo("Meterworks ESME");
        assertThat(CsvCells.neutralise("2026-01-15")).isEqualTo("2026-01-15");
        assertThat(CsvCells.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.neutralise("")).isEmpty();
        assertThat(CsvCells.neutralise(null)).isEmpty();
        assertThat(CsvCells.neutralise(1063)).isEqualTo("1063");
    }

    @Test
    void readingBackTakesOffOnlyTheQuoteItAdded() {
        assertThat(CsvCells.restore(CsvCells.neutralise("=HYPERLINK(1)"))).isEqualTo("=HYPERLINK(1)");
        assertThat(CsvCells.restore("'quoted text")).isEqualTo("'quoted text");
        assertThat(CsvCells.restore("'")).isEqualTo("'");
        assertThat(CsvCells.restore("plain")).isEqualTo("plain");
    }
}
