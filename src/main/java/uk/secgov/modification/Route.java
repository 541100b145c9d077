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

    /** The stage a case converted onto this route starts at (once the Authority decided any urgency). */
    Stage firstStage() {
        return switch (this) {
            case REFINEMENT -> Stage.REFINEMENT;
            case REPORT_PHASE -> Stage.REPORT_PHASE;
            case FAST_TRACK -> Stage.FAST_TRACK_DECISION;
        };
    }
}
