package uk.secgov.party.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.secgov.party.SignInHold;
import uk.secgov.party.SignInThrottling;
import uk.secgov.party.ThrottleSubject;
import uk.secgov.platform.security.SignInThrottle;

/** The authentication mechanism's throttle, over the party feature's records of failed sign-ins. */
@ApplicationScoped
class PartySignInThrottle implements SignInThrottle {

    private static final Logger LOG = Logger.getLogger(PartySignInThrottle.class.getName());
    /** Two attempts on one username at once from two nodes may both add its record or both update it: one retries. */
    private static final int ATTEMPTS = 3;

    @Inject
    SignInThrottling throttling;

    @Override
    public Check before(String username, String address) {
        SignInThrottling.Check check = throttling.check(username, address);
        if (check.hold().isEmpty()) {
            return new Check(Optional.empty(), check.failuresToClear());
        }
        // Refused without a password check, and counted: a client that does not wait comes nearer to the lock.
        Optional<Refusal> counted = counted(() -> throttling.refused(username, address));
        return new Check(Optional.of(counted.orElseGet(() -> refusalOf(check.hold().get()))), false);
    }

    @Override
    public Optional<Refusal> failed(String username, String address) {
        return counted(() -> throttling.failed(username, address));
    }

    private static Optional<Refusal> counted(Supplier<Optional<SignInHold>> count) {
        for (int attempt = 1; ; attempt++) {
            try {
                return count.get().map(PartySignInThrottle::refusalOf);
            } catch (RuntimeException conflict) {
                if (attempt >= ATTEMPTS) {
                    LOG.log(Level.WARNING, "A failed sign-in could not be counted", conflict);
                    return Optional.empty();
                }
            }
        }
    }

    @Override
    public void succeeded(String username) {
        try {
            throttling.succeeded(username);
        } catch (RuntimeException conflict) {
            // A concurrent failure of the same username won; its failures stay counted, which errs on the safe side.
            LOG.log(Level.FINE, "A successful sign-in could not clear the failures of its username", conflict);
        }
    }

    private static Refusal refusalOf(SignInHold hold) {
        return new Refusal(hold.subject().kind() == ThrottleSubject.Kind.ADDRESS, hold.locked(), hold.until());
    }
}
