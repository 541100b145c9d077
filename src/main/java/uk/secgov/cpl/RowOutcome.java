package uk.secgov.cpl;

/** What happened to one Device Model row (the external contract's outcome values). */
public enum RowOutcome {
    PENDING, ASSOCIATED, REJECTED, CONFLICT, REPLACED, RETAINED
}
