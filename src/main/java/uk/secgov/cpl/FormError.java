package uk.secgov.cpl;

/**
 * One problem in a submission form: the spreadsheet row (1 is the header row; 0 means the whole
 * file), the column (null for the whole row or file) and what is wrong, in words the submitter can act on.
 */
public record FormError(int row, FormColumn column, String message) {

    /** "Row 3, Firmware Version (G): ..." */
    public String describe() {
        String where = row == 0 ? "" : "Row " + row + (column == null ? "" : ", " + column.label()) + ": ";
        return where + message;
    }

    /** For an API problem's field: "row 3, Firmware Version", or "form". */
    public String field() {
        return row == 0 ? "form" : "row " + row + (column == null ? "" : ", " + column.header());
    }
}
