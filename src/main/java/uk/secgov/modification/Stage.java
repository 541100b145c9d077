package uk.secgov.modification;

/** Where a case stands in the lifecycle (domain.md §1); each change is an event on its timeline. */
public enum Stage {
    DRAFT_PROPOSAL("Draft Proposal", true),
    DEVELOPMENT("Development Stage", true),
    AWAITING_CONVERSION("Awaiting the Panel's conversion decision", true),
    URGENCY_DECISION("Awaiting the Authority's decision on urgency", true),
    FAST_TRACK_DECISION("Fast-Track: awaiting the Panel's decision", true),
    OBJECTION_WINDOW("Fast-Track: objection window", true),
    REFINEMENT("Refinement Process", true),
    REPORT_PHASE("Report Phase", true),
    REPORT_CONSULTATION("Report Phase: Modification Report Consultation", true),
    CHANGE_BOARD("Change Board vote", true),
    AUTHORITY_DECISION("Awaiting the Authority's decision", true),
    APPEAL_WINDOW("Appeal window", true),
    APPEAL("Appeal to the Authority", true),
    APPROVED("Approved: to be scheduled", true),
    SCHEDULED("Scheduled for implementation", true),
    IMPLEMENTED("Implemented", false),
    REJECTED("Rejected", false),
    WITHDRAWN("Withdrawn", false),
    SUPERSEDED("Superseded", false);

    private final String label;
    private final boolean open;

    Stage(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Whether the case can still change (be withdrawn, put on hold, superseded). */
    public boolean isOpen() {
        return open;
    }
}
