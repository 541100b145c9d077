package uk.secgov.meeting;

/** What a member votes: the only inputs a vote takes (no free text is read by code). */
public enum VoteChoice {
    APPROVE("Approve"), REJECT("Reject"), ABSTAIN("Abstain");

    private final String label;

    VoteChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
