package uk.secgov.party.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.secgov.party.Directory;
import uk.secgov.party.InvalidPartyData;
import uk.secgov.party.Role;
import uk.secgov.party.UnknownParty;
import uk.secgov.party.UserAccount;
import uk.secgov.party.UserAdministration;
import uk.secgov.party.UserAdministration.NewUser;
import uk.secgov.platform.rest.Page;

/** {@code /api/v1/users}: user accounts, for administrators. Accounts are disabled, never deleted. */
@Path("/users")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** The body of {@code POST /users}. */
    public record UserRequest(String username, String password, Long partyId, List<String> roles,
            String displayName, String email) {
    }

    /** An account as the API shows it (never its password hash). */
    public record UserSummary(long id, String username, String displayName, String email, long partyId,
            String partyName, List<String> roles, boolean enabled, Instant createdAt, String createdBy,
            Instant disabledAt) {

        static UserSummary of(UserAccount user) {
            return new UserSummary(user.id(), user.username(), user.displayName(), user.email().orElse(null),
                    user.party().id(), user.party().name(),
                    user.roles().stream().map(Role::groupName).sorted().toList(), user.isEnabled(),
                    user.createdAt(), user.createdBy(), user.disabledAt().orElse(null));
        }
    }

    @Inject
    UserAdministration administration;

    @Inject
    Directory directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UserRequest request) {
        if (request == null) {
            throw new InvalidPartyData("body", "is required: a JSON object with username, password, partyId and roles");
        }
        UserAccount user = administration.create(new NewUser(request.username(), request.displayName(), request.email(),
                request.password(), request.partyId(), rolesOf(request.roles())),
                security.getUserPrincipal().getName());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
                .entity(UserSummary.of(user)).build();
    }

    @GET
    public Page<UserSummary> list(@QueryParam("partyId") Long partyId, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(first, size, () -> directory.userCount(partyId),
                (from, pageSize) -> directory.users(partyId, from, pageSize).stream().map(UserSummary::of).toList());
    }

    @GET
    @Path("{id}")
    public UserSummary one(@PathParam("id") long id) {
        return directory.user(id).map(UserSummary::of).orElseThrow(() -> new UnknownParty("user", id));
    }

    @POST
    @Path("{id}/disable")
    public UserSummary disable(@PathParam("id") long id) {
        return UserSummary.of(administration.disable(id, security.getUserPrincipal().getName()));
    }

    static Set<Role> rolesOf(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.fromGroupName(name).orElseThrow(() -> new InvalidPartyData("roles", "'" + name
                    + "' is not a role; the roles are "
                    + Arrays.stream(Role.values()).map(Role::groupName).toList())));
        }
        return roles;
    }
}
