package uk.secgov.meeting;

/** How the members' votes make the body's decision. */
public enum AggregationKind {
    /**
     * Each group's result is the majority of its members' approve and reject votes (abstentions left out; equal
     * numbers: tied); the body approves when a majority of the groups that voted approve (the Change Board, assumed).
     */
    GROUP_MAJORITY("a majority of the groups that voted approve"),
    /** Every entitled member approves: an abstention, a rejection or a missing vote is not unanimous (Fast-Track). */
    UNANIMITY_OF_PRESENT("every member present approves"),
    /** More members approve than reject, groups aside. */
    MEMBER_MAJORITY("more members approve than reject");

    private final String label;

    AggregationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
