package uk.secgov.party;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do. One name serves as the security role, the BPMN candidate group and the
 * folder of that role's pages.
 */
public enum Role {
    SECAS("secas", "SECAS"),
    PANEL("panel", "SEC Panel"),
    CHANGEBOARD("changeboard", "Change Board"),
    SUPPLIER("supplier", "Supplier"),
    DCC("dcc", "DCC"),
    MANUFACTURER("manufacturer", "Manufacturer"),
    AUTHORITY("authority", "Authority"),
    ADMIN("admin", "Administrator");

    private final String groupName;
    private final String label;

    Role(String groupName, String label) {
        this.groupName = groupName;
        this.label = label;
    }

    /** The security role, candidate group and page folder. */
    public String groupName() {
        return groupName;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> fromGroupName(String name) {
        return Arrays.stream(values()).filter(r -> r.groupName.equals(name)).findFirst();
    }
}
