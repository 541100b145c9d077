package uk.secgov.cplsubmission;

/** SECAS's choice for an open row, or the Panel's decision on it: associate the row's Hash or not, and why. */
public record RowChoice(boolean associate, String reason) {

    /** The row's outcome: a conflicting row replaces the current Hash or retains it; another is associated or not. */
    public RowOutcome outcomeAfter(RowOutcome rule) {
        if (rule == RowOutcome.CONFLICT) {
            return associate ? RowOutcome.REPLACED : RowOutcome.RETAINED;
        }
        return associate ? RowOutcome.ASSOCIATED : RowOutcome.REJECTED;
    }
}
