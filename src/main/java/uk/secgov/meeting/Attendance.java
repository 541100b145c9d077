package uk.secgov.meeting;

/** How someone is recorded at a meeting. */
public enum Attendance {
    /** A member, present (only a member present may have their vote recorded by SECAS). */
    PRESENT("Present"),
    /** A member who sent apologies. */
    APOLOGIES("Apologies"),
    /** Someone who is not a member: SECAS, the DCC, Ofgem, a guest. */
    OBSERVER("Observer");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
