package uk.secgov.party;

import java.util.Locale;

/**
 * Whose failed sign-ins are counted: a username as typed (whether or not an account has it, so that a lock
 * tells nobody which usernames exist) or the network address the attempt came from.
 */
public record ThrottleSubject(Kind kind, String value) {

    static final int MAX_LENGTH = 100;

    public enum Kind {
        USERNAME("Username"), ADDRESS("Network address");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ThrottleSubject {
        if (kind == null || value == null || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A throttle subject is a kind and at most " + MAX_LENGTH + " characters");
        }
    }

    /** The username the way accounts are looked up (trimmed, lower case); longer ones are cut, no account has them. */
    public static ThrottleSubject username(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return new ThrottleSubject(Kind.USERNAME, name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
    }

    public static ThrottleSubject address(String address) {
        String value = address == null || address.isBlank() ? "unknown" : address.strip();
        return new ThrottleSubject(Kind.ADDRESS, value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value);
    }
}
