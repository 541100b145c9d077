package uk.secgov.web.forged;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Everyone a forged request is tried as: nobody, and each demo user (README: password {@code <username>-password}).
 * Two Suppliers of different Parties, so a command on one Party's record is tried by the other.
 */
public enum Principal {
    ANONYMOUS,
    ADMIN,
    SECAS,
    PANEL,
    CHANGEBOARD,
    SUPPLIER,
    SUPPLIER2,
    DCC,
    MANUFACTURER,
    AUTHORITY;

    /** The demo username, or {@code null} for {@link #ANONYMOUS}. */
    public String username() {
        return this == ANONYMOUS ? null : name().toLowerCase(Locale.ROOT);
    }

    public String password() {
        return this == ANONYMOUS ? null : username() + "-password";
    }

    public static Set<Principal> all() {
        return EnumSet.allOf(Principal.class);
    }

    public static Set<Principal> signedIn() {
        return EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    }

    public static Set<Principal> only(Principal first, Principal... rest) {
        return EnumSet.of(first, rest);
    }
}
