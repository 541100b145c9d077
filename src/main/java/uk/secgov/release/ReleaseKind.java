package uk.secgov.release;

/** Whether a release is one of the three a year or an extra one. */
public enum ReleaseKind {
    SCHEDULED("Scheduled"),
    AD_HOC("Ad hoc");

    private final String label;

    ReleaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
