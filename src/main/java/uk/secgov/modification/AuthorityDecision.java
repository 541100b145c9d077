package uk.secgov.modification;

/** What the Authority decides on a Path 1 or 2 report or on an appeal. */
public enum AuthorityDecision {
    APPROVE, REJECT,
    /** Paths 1 and 2 only: the report goes back for more work. */
    SEND_BACK
}
