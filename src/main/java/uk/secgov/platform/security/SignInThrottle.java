package uk.secgov.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Asked around every password check, for the login page and HTTP Basic alike: before it, whether the attempt is
 * held back (then no password is checked); after it, to count a failure or clear the username's failures.
 * Implemented by the feature that keeps the accounts (ADR 0009).
 */
public interface SignInThrottle {

    /** Before the password check. A refused attempt has already been counted as a failure. */
    Check before(String username, String address);

    /** After a wrong password (or an account that may not sign in): what now holds the next attempt back. */
    Optional<Refusal> failed(String username, String address);

    /** After a successful check of a username that had failures. */
    void succeeded(String username);

    /** The answer before the password check. */
    record Check(Optional<Refusal> refusal, boolean failuresToClear) {

        public static Check allowed() {
            return new Check(Optional.empty(), false);
        }
    }

    /** Why attempts are refused until a moment, in words that say the same for a known and an unknown username. */
    record Refusal(boolean forAddress, boolean locked, Instant until) {

        /** Whole seconds until the next attempt may be made, at least 1 (the {@code Retry-After} value). */
        public long retryAfterSeconds(Instant now) {
            long millis = Duration.between(now, until).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }

        public String message(Instant now) {
            long seconds = retryAfterSeconds(now);
            String who = forAddress ? "from your network address" : "for this username";
            if (locked) {
                long minutes = (seconds + 59) / 60;
                return "Too many failed sign-ins " + who + ": sign-in is locked for " + minutes
                        + (minutes == 1 ? " more minute" : " more minutes")
                        + ", even with the right password. Try again then, or ask an administrator to lift the lock.";
            }
            return "Too many failed sign-ins " + who + ": wait " + seconds + (seconds == 1 ? " second" : " seconds")
                    + " before trying again.";
        }
    }
}
