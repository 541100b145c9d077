package uk.secgov.cplsubmission;

/** Where a CPL submission stands (the external contract's status values). */
public enum SubmissionStatus {
    RECEIVED("Received"),
    REJECTED("Rejected"),
    AWAITING_REVIEW("Awaiting SECAS review"),
    UNDER_INVESTIGATION("Under investigation (Hash conflict)"),
    AWAITING_PANEL_DECISION("Awaiting Panel decision"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No further step: rejected, completed or withdrawn. */
    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == WITHDRAWN;
    }
}
