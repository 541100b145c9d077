package uk.secgov.modification;

/** One member's vote, and a category's or a body's result. */
public enum Vote {
    APPROVE("Approve"), REJECT("Reject"), ABSTAIN("Abstain");

    private final String label;

    Vote(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
