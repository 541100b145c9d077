package uk.secgov.platform.security;

import java.util.Collection;
import java.util.Set;

/**
 * Who is calling a use case: a signed-in person with their roles, nobody (an anonymous visitor), or the application
 * itself (a process step, a timer, start-up).
 */
public record Caller(String username, Set<String> roles, boolean system) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), false);
    public static final Caller SYSTEM = new Caller(null, Set.of(), true);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Caller person(String username, Collection<String> roles) {
        return new Caller(username, Set.copyOf(roles), false);
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether an {@link Allowed} list lets this caller in. */
    public boolean mayCall(String... allowed) {
        if (system) {
            return true;
        }
        for (String a : allowed) {
            if (Allowed.ANYONE.equals(a) || (signedIn() && (Allowed.SIGNED_IN.equals(a) || roles.contains(a)))) {
                return true;
            }
        }
        return false;
    }

    /** For messages and records: the username, "the application" or "an anonymous visitor". */
    public String describe() {
        return system ? "the application" : signedIn() ? username : "an anonymous visitor";
    }
}
