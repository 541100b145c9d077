package uk.secgov.cpl;

import java.util.List;

/**
 * A submission form that passed every check: its rows, all naming the same image creator (the
 * manufacturer who must have signed it).
 */
public record SubmissionForm(Format format, List<DeviceModelRow> rows) {

    /** How the form was written. */
    public enum Format {
        XLSX, CSV
    }

    public SubmissionForm {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a form has at least one row");
        }
        rows = List.copyOf(rows);
    }

    /** The Manufacturer Identifier of the image creator, the same on every row. */
    public String imageCreatorManufacturerId() {
        return rows.get(0).manufacturerId();
    }

    public String imageCreatorName() {
        return rows.get(0).manufacturerName();
    }

    /** Any SMETS1 or Communications Hub row: the DCC must endorse (and submit) the whole form. */
    public boolean dccMustEndorse() {
        return rows.stream().anyMatch(DeviceModelRow::dccMustSubmit);
    }
}
