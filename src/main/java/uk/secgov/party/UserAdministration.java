package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import uk.secgov.platform.security.Allowed;

/** Creating and disabling user accounts (administrators only). Accounts are never deleted. */
@ApplicationScoped
@Transactional
public class UserAdministration {

    /** What an administrator fills in to create an account. */
    public record NewUser(String username, String displayName, String email, String password, Long partyId,
            Set<Role> roles) {
    }

    @Inject
    UserAccounts users;

    @Inject
    Parties parties;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    Event<UserCreated> userCreated;

    @Allowed("admin")
    public UserAccount create(NewUser request, String actor) {
        Violations violations = new Violations();
        String username = violations.check(() -> UserAccount.normaliseUsername(request.username()));
        if (username != null && users.byUsername(username).isPresent()) {
            violations.add("username", "'" + username + "' is already taken");
        }
        Party party = null;
        if (request.partyId() == null) {
            violations.add("partyId", "is required");
        } else {
            party = parties.byId(request.partyId()).orElse(null);
            if (party == null) {
                violations.add("partyId", "names no party (" + request.partyId() + ")");
            }
        }
        UserAccount user = users.add(UserAccount.create(request.username(), request.displayName(), request.email(),
                request.password(), passwords, party, request.roles(), actor, clock.instant(), violations));
        userCreated.fire(new UserCreated(user.id(), user.username(), user.displayName(), user.party().id()));
        return user;
    }

    @Allowed("admin")
    public UserAccount disable(long userId, String actor) {
        UserAccount user = users.byId(userId).orElseThrow(() -> new UnknownParty("user", userId));
        if (user.username().equals(actor)) {
            throw new InvalidPartyData("user", "cannot be disabled by themselves");
        }
        user.disable(actor, clock.instant());
        return user;
    }
}
