package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.secgov.platform.security.Allowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Slows down and then locks repeated failed sign-ins, per username and per source address (ADR 0009). It is
 * asked before the password is checked, so a refused attempt costs one look-up instead of a PBKDF2
 * derivation. A username is counted whether or not an account has it: an unknown username is held back and
 * locked exactly like a known one, with the same answers.
 *
 * <p>Anyone may be throttled ({@code Allowed.ANYONE}): the authentication mechanism calls it while it is still
 * finding out who the caller is, so there is no caller to check yet.
 */
@ApplicationScoped
@Allowed(Allowed.ANYONE)
public class SignInThrottling {

    private static final Logger LOG = Logger.getLogger(SignInThrottling.class.getName());
    private static final Duration FORGET_EVERY = Duration.ofMinutes(1);

    /** What the throttle says before the password is checked. */
    public record Check(Optional<SignInHold> hold, boolean failuresToClear) {
    }

    @Inject
    SignInFailureRecords records;

    @Inject
    SignInThrottleSettings settings;

    @Inject
    Clock clock;

    private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.EPOCH);

    /**
     * Whether this attempt is held back (the longer hold of the username's and the address's), and whether the
     * username has failures that a success must clear. Changes nothing: an attempt it refuses must still be
     * counted with {@link #refused}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Check check(String username, String address) {
        ThrottleSubject user = ThrottleSubject.username(username);
        ThrottleSubject from = ThrottleSubject.address(address);
        Instant now = clock.instant();
        SignInHold hold = null;
        boolean failuresToClear = false;
        for (SignInFailures record : records.of(user, from)) {
            ThrottleRule rule = ruleFor(record.subject());
            hold = SignInHold.longer(hold, record.holdAt(rule, now).orElse(null));
            if (record.subject().equals(user) && record.failuresAt(rule, now) > 0) {
                failuresToClear = true;
            }
        }
        return new Check(Optional.ofNullable(hold), failuresToClear);
    }

    /**
     * Counts a wrong password (or an account that may not sign in) against the username and the address; answers
     * what now holds the next attempt back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SignInHold> failed(String username, String address) {
        ThrottleSubject user = ThrottleSubject.username(username);
        ThrottleSubject from = ThrottleSubject.address(address);
        Instant now = clock.instant();
        List<SignInFailures> found = records.of(user, from);
        SignInHold hold = null;
        for (ThrottleSubject subject : List.of(user, from)) {
            ThrottleRule rule = ruleFor(subject);
            if (rule.isOff()) {
                continue;
            }
            SignInFailures record = found.stream().filter(r -> r.subject().equals(subject)).findFirst()
                    .orElseGet(() -> records.add(SignInFailures.of(subject)));
            boolean wasLocked = record.isLockedAt(now);
            Optional<SignInHold> after = record.fail(rule, now);
            if (!wasLocked && record.isLockedAt(now)) {
                LOG.info(() -> "Sign-in locked for " + record.failuresAt(rule, now) + " failed attempts: "
                        + subject.kind() + " '" + subject.value() + "' until " + record.lockedUntil().orElseThrow());
            }
            hold = SignInHold.longer(hold, after.orElse(null));
        }
        forgetQuietRecords(now);
        return Optional.ofNullable(hold);
    }

    /**
     * Counts an attempt that {@link #check} held back, against whichever of the username and the address holds it
     * back: a client that does not wait comes nearer to the lock, while the many people behind one address are not
     * pushed towards an address lock by one client repeating a locked username's right password.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SignInHold> refused(String username, String address) {
        Instant now = clock.instant();
        SignInHold hold = null;
        for (SignInFailures record : records.of(ThrottleSubject.username(username), ThrottleSubject.address(address))) {
            ThrottleRule rule = ruleFor(record.subject());
            if (record.holdAt(rule, now).isPresent()) {
                hold = SignInHold.longer(hold, record.fail(rule, now).orElse(null));
            }
        }
        return Optional.ofNullable(hold);
    }

    /** A successful sign-in: the username's failures no longer count (the address's still do). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username) {
        records.of(ThrottleSubject.username(username)).ifPresent(SignInFailures::clear);
    }

    ThrottleRule ruleFor(ThrottleSubject subject) {
        return subject.kind() == ThrottleSubject.Kind.USERNAME ? settings.username() : settings.address();
    }

    private void forgetQuietRecords(Instant now) {
        Instant last = lastForgotten.get();
        if (now.isBefore(last.plus(FORGET_EVERY)) || !lastForgotten.compareAndSet(last, now)) {
            return;
        }
        Duration window = settings.username().window().compareTo(settings.address().window()) > 0
                ? settings.username().window() : settings.address().window();
        records.forget(now.minus(window), now);
    }
}
