package uk.secgov.modification;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.secgov.party.Role;

/**
 * Who is reading the register: nobody (the public), a Party's user (sees the public cases and their
 * own Party's), or SECAS, the Panel, the Change Board, the Authority or an administrator (everything).
 */
public record Viewer(String username, Long partyId, Set<String> roles) {

    private static final Set<String> STAFF = Set.of("secas", "panel", "changeboard", "authority", "admin");

    public static final Viewer PUBLIC = new Viewer(null, null, Set.of());

    public Viewer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /**
     * A signed-in person, with the roles of {@link Role} they are in as the page or API's security context answers
     * ({@code inRole}); the public when nobody is signed in.
     */
    public static Viewer signedIn(String username, Long partyId, Predicate<String> inRole) {
        if (username == null) {
            return PUBLIC;
        }
        return new Viewer(username, partyId,
                Stream.of(Role.values()).map(Role::groupName).filter(inRole).collect(Collectors.toSet()));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A user of the Party that proposes the case (withdrawing it is theirs to do). */
    public boolean proposes(Modification m) {
        return partyId != null && partyId.equals(m.proposer().partyId());
    }

    public boolean seesEverything() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    public boolean sees(Modification m) {
        return seesEverything() || m.isPublic() || (partyId != null && partyId.equals(m.proposer().partyId()));
    }

    /** The query narrowed to what this viewer may see. */
    RegisterQuery narrow(RegisterQuery query) {
        if (seesEverything()) {
            return query;
        }
        return new RegisterQuery(query.stage(), query.path(), query.category(), query.releaseId(), query.text(), true,
                partyId);
    }
}
