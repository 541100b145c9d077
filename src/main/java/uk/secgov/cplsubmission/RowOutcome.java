package uk.secgov.cplsubmission;

/** What happened to one Device Model row (the external contract's outcome values). */
public enum RowOutcome {
    PENDING, ASSOCIATED, REJECTED, CONFLICT, REPLACED, RETAINED
}
