package uk.secgov.signature;

/** The main status of a validation (ETSI EN 319 102-1, clause 5.1.3). */
public enum Indication {
    /** Every check passed. */
    TOTAL_PASSED,
    /** A check failed for good: trying again will not change it. */
    TOTAL_FAILED,
    /** Not enough to decide either way (a missing or stale CRL, an unknown CA): it may pass later. */
    INDETERMINATE
}
