package uk.secgov.inbox;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.secgov.party.Role;

/** Who is asking: their username and the roles (candidate groups) they act in. */
public record InboxCaller(String username, Set<String> roles) {

    public InboxCaller {
        roles = Set.copyOf(roles);
    }

    /**
     * The candidate group of a task for one organisation's users in a role: {@code supplier@12} is offered
     * to the users of party 12 who act as {@code supplier}, and to nobody else.
     */
    public static String organisationGroup(String role, long partyId) {
        return role + "@" + partyId;
    }

    /** The caller as the security layer knows them: {@code hasRole} answers for a role name. */
    public static InboxCaller of(String username, Predicate<String> hasRole) {
        return new InboxCaller(username, Arrays.stream(Role.values()).map(Role::groupName).filter(hasRole)
                .collect(Collectors.toSet()));
    }
}
