package uk.secgov.release;

/** Where a release stands. */
public enum ReleaseStatus {
    /** Generated from the usual pattern or entered by SECAS, waiting to be confirmed. */
    PROPOSED("Proposed"),
    CONFIRMED("Confirmed"),
    IMPLEMENTED("Implemented"),
    CANCELLED("Cancelled");

    private final String label;

    ReleaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the release can still change (be confirmed, moved, implemented or cancelled). */
    public boolean isOpen() {
        return this == PROPOSED || this == CONFIRMED;
    }
}
