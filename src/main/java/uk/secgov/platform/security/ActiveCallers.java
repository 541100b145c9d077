package uk.secgov.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Asked on every request of a signed-in session: may this caller still act, and in which roles?
 * Disabling an account or its party therefore takes effect on the next click, not at session end.
 */
public interface ActiveCallers {

    Optional<Set<String>> rolesOf(String username);
}
