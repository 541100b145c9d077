package uk.secgov.modification;

/** Where the Panel sends a Modification Proposal when it converts it. */
public enum Route {
    REFINEMENT("Refinement Process"),
    REPORT_PHASE("Straight to the Report Phase"),
    FAST_TRACK("Fast-Track");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
