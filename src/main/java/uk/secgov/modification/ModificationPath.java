package uk.secgov.modification;

/** Who decides a Modification Proposal (domain.md §1, Conversion). */
public enum ModificationPath {
    PATH_1("Path 1: Authority-led"),
    PATH_2("Path 2: Authority Determination"),
    PATH_3("Path 3: Self-Governance"),
    FAST_TRACK("Fast-Track Self-Governance");

    private final String label;

    ModificationPath(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Paths 1 and 2: the Authority decides after the Change Board's recommendation. */
    public boolean authorityDecides() {
        return this == PATH_1 || this == PATH_2;
    }
}
