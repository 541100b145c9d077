package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import uk.secgov.platform.security.Allowed;

/** Writes the welcome guide a new user finds as the first task in their inbox. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WelcomeGuide {

    @Inject
    UserAccounts users;

    @Allowed(Allowed.SYSTEM)
    public String messageFor(long userId) {
        UserAccount user = users.byId(userId).orElseThrow(() -> new UnknownParty("user", userId));
        String roles = user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        return "Welcome, " + user.displayName() + ". You act for " + user.party().name() + " as " + roles
                + ". Your home page lists the tasks waiting for you or your role; claim a task to take it on,"
                + " and unclaim it to hand it back. Complete this task once you have read the user guide for your role.";
    }
}
