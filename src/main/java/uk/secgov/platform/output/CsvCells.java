package uk.secgov.platform.output;

/**
 * Cells of every CSV file the product writes, made safe to open in a spreadsheet (OWASP "CSV
 * injection"): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be read as a formula, so it gets a leading single quote, which spreadsheets show as
 * text and do not display. Reading such a file back ({@link #restore}) removes exactly that quote.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as written: {@code null} as empty, a formula-like text behind a single quote. */
    public static String neutralise(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return startsLikeFormula(text) ? "'" + text : text;
    }

    /** A cell read from a file this product wrote: the quote {@link #neutralise} added is taken off again. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
