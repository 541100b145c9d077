package uk.secgov.calendar;

/** Where a bank holiday comes from. */
public enum HolidaySource {
    /** The Jollyday England &amp; Wales calendar shipped with the application. */
    JOLLYDAY("Jollyday (England & Wales)"),
    /** An administrator's override: a proclaimed holiday. */
    OVERRIDE("Administrator override");

    private final String label;

    HolidaySource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
