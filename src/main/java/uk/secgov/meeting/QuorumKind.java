package uk.secgov.meeting;

/** When a vote round may decide at all. */
public enum QuorumKind {
    /** At least one entitled member voted (approve, reject or abstain) in more than half of the voting groups. */
    MAJORITY_OF_GROUPS("at least one member voting in a majority of the groups"),
    /** More than half of the entitled members voted (approve, reject or abstain). */
    MAJORITY_OF_MEMBERS("a majority of the members voting");

    private final String label;

    QuorumKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
