package uk.secgov.cpl;

/**
 * The columns of the CPL submission form, in order. The header row must name them (case and spaces
 * do not matter); errors name the column by its header and its spreadsheet letter.
 */
public enum FormColumn {
    DEVICE_TYPE("Device Type", "ESME"),
    MANUFACTURER_ID("Manufacturer ID", "1063"),
    MANUFACTURER_NAME("Manufacturer Name", "Meterworks Ltd"),
    MODEL_ID("Model ID", "00050203"),
    MODEL_NAME("Model Name", "MW-E3 Single Phase"),
    HARDWARE_VERSION("Hardware Version", "0102"),
    FIRMWARE_VERSION("Firmware Version", "38040404"),
    SMETS_CHTS_VERSION("SMETS/CHTS Version", "SMETS2 v4.2"),
    GBCS_VERSION("GBCS Version", "v4.2"),
    CPA_CERTIFICATE("CPA Certificate Reference", "CPA-2026-0042"),
    CPA_EXPIRY_DATE("CPA Expiry Date", "2029-03-31"),
    CPA_RENEWAL_DATE("CPA Renewal Date", ""),
    IMAGE_HASH("Manufacturer Image Hash", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    UPGRADE_FROM("Upgrade From CPL Entry IDs", "N/A");

    private final String header;
    private final String example;

    FormColumn(String header, String example) {
        this.header = header;
        this.example = example;
    }

    public String header() {
        return header;
    }

    /** A value for the template's example row. */
    public String example() {
        return example;
    }

    /** The spreadsheet column letter (A, B, ...). */
    public String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    /** "Firmware Version (G)". */
    public String label() {
        return header + " (" + letter() + ")";
    }

    static String normalised(String header) {
        return header == null ? "" : header.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
    }
}
