package uk.secgov.party;

/** The category a Party belongs to; Change Board seats and impact assessments are per category. */
public enum PartyCategory {
    LARGE_SUPPLIER("Large Supplier"),
    SMALL_SUPPLIER("Small Supplier"),
    ELECTRICITY_NETWORK_OPERATOR("Electricity Network Operator"),
    GAS_NETWORK_OPERATOR("Gas Network Operator"),
    OTHER_SEC_PARTY("Other SEC Party"),
    DCC("DCC"),
    MANUFACTURER("Manufacturer (non-SEC Party)"),
    SECAS("SECAS"),
    PANEL("SEC Panel"),
    AUTHORITY("Authority");

    private final String label;

    PartyCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSupplier() {
        return this == LARGE_SUPPLIER || this == SMALL_SUPPLIER;
    }
}
