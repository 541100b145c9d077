package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.platform.security.Allowed;

/**
 * Decides whether a username and password may sign in, and whether someone already signed in may
 * go on (their account or party may have been disabled since).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignInCheck {

    /** Who is signing in, and the role names they act in. */
    public record Caller(String username, Set<String> roles) {
    }

    /** Compared against when the username is unknown, so both cases take equally long. */
    private volatile String decoyHash;

    @Inject
    UserAccounts users;

    @Inject
    PasswordHashing passwords;

    /** Spares API clients the full password check on every request (ADR 0007). */
    RecentPasswordChecks recentChecks = RecentPasswordChecks.configured();

    @Allowed(Allowed.ANYONE)
    public Optional<Caller> signIn(String username, char[] password) {
        Optional<UserAccount> found = lookup(username);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash());
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!passwordMatches(user, password)) {
            return Optional.empty();
        }
        return user.maySignIn() ? Optional.of(callerOf(user)) : Optional.empty();
    }

    private boolean passwordMatches(UserAccount user, char[] password) {
        if (recentChecks.matchedRecently(user.username(), user.passwordHash(), password)) {
            return true;
        }
        boolean matches = passwords.matches(password, user.passwordHash());
        if (matches) {
            recentChecks.rememberMatch(user.username(), user.passwordHash(), password);
        }
        return matches;
    }

    /** The caller's current roles, or empty if the account can no longer sign in. */
    @Allowed(Allowed.ANYONE)
    public Optional<Caller> stillActive(String username) {
        return lookup(username).filter(UserAccount::maySignIn).map(SignInCheck::callerOf);
    }

    private Optional<UserAccount> lookup(String username) {
        if (username == null || username.isBlank() || username.length() > 100) {
            return Optional.empty();
        }
        return users.byUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-not-used".toCharArray());
        }
        return decoyHash;
    }

    private static Caller callerOf(UserAccount user) {
        return new Caller(user.username(), user.roles().stream().map(Role::groupName).collect(Collectors.toSet()));
    }
}
