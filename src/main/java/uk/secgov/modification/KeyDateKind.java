package uk.secgov.modification;

/** The deadlines and dates a case computes from a meeting or an event. */
public enum KeyDateKind {
    PRECHECK_TARGET("SECAS pre-submission comments target", Stage.DRAFT_PROPOSAL),
    CONSULTATION_CLOSE("Modification Report Consultation closes", Stage.REPORT_CONSULTATION),
    OBJECTION_WINDOW_END("Fast-Track objection window ends", Stage.OBJECTION_WINDOW),
    APPEAL_WINDOW_END("Appeal window ends", Stage.APPEAL_WINDOW),
    ADOPTION_WINDOW_END("Adoption window ends (withdrawn by the Proposer)", null),
    EARLIEST_IMPLEMENTATION("Earliest implementation date", null),
    IMPLEMENTATION("Implementation (target release date)", Stage.SCHEDULED);

    private final String label;
    private final Stage runsDuring;

    KeyDateKind(String label, Stage runsDuring) {
        this.label = label;
        this.runsDuring = runsDuring;
    }

    public String label() {
        return label;
    }

    /** The stage while which this deadline is still running (null when it depends on something else). */
    Stage runsDuring() {
        return runsDuring;
    }
}
