package uk.secgov.party;

import java.time.Duration;
import java.util.Map;

/**
 * The sign-in throttling rules, one for usernames and one for source addresses, read from the environment at
 * start-up (docs/operations.md lists the variables). An address is shared by everyone behind one proxy or
 * office network, so its limits are much higher than a username's.
 */
public record SignInThrottleSettings(ThrottleRule username, ThrottleRule address) {

    public static final SignInThrottleSettings DEFAULTS = new SignInThrottleSettings(
            new ThrottleRule(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(60)),
            new ThrottleRule(100, 300, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(60)));

    /**
     * From {@code SECGOV_SIGNIN_FREE_FAILURES}, {@code SECGOV_SIGNIN_LOCK_AFTER},
     * {@code SECGOV_SIGNIN_ADDRESS_FREE_FAILURES}, {@code SECGOV_SIGNIN_ADDRESS_LOCK_AFTER} (0 switches that rule
     * off), {@code SECGOV_SIGNIN_WINDOW_MINUTES}, {@code SECGOV_SIGNIN_LOCK_MINUTES} and
     * {@code SECGOV_SIGNIN_MAX_WAIT_SECONDS}, each defaulting to {@link #DEFAULTS}.
     */
    public static SignInThrottleSettings from(Map<String, String> environment) {
        ThrottleRule user = DEFAULTS.username();
        ThrottleRule address = DEFAULTS.address();
        Duration window = Duration.ofMinutes(number(environment, "SECGOV_SIGNIN_WINDOW_MINUTES",
                user.window().toMinutes(), 1, 24 * 60));
        Duration lockFor = Duration.ofMinutes(number(environment, "SECGOV_SIGNIN_LOCK_MINUTES",
                user.lockFor().toMinutes(), 1, 7 * 24 * 60));
        Duration maxWait = Duration.ofSeconds(number(environment, "SECGOV_SIGNIN_MAX_WAIT_SECONDS",
                user.maxWait().toSeconds(), 1, 3600));
        return new SignInThrottleSettings(
                rule(environment, "SECGOV_SIGNIN_FREE_FAILURES", user.freeFailures(), "SECGOV_SIGNIN_LOCK_AFTER",
                        user.lockAfter(), window, lockFor, maxWait),
                rule(environment, "SECGOV_SIGNIN_ADDRESS_FREE_FAILURES", address.freeFailures(),
                        "SECGOV_SIGNIN_ADDRESS_LOCK_AFTER", address.lockAfter(), window, lockFor, maxWait));
    }

    private static ThrottleRule rule(Map<String, String> environment, String freeName, int freeDefault, String lockName,
            int lockDefault, Duration window, Duration lockFor, Duration maxWait) {
        int lockAfter = (int) number(environment, lockName, lockDefault, 0, 100_000);
        if (lockAfter == 0) {
            return ThrottleRule.off();
        }
        int free = (int) number(environment, freeName, freeDefault, 0, 100_000);
        if (free >= lockAfter) {
            throw new IllegalArgumentException(freeName + " (" + free + ") must be less than " + lockName + " ("
                    + lockAfter + ")");
        }
        return new ThrottleRule(free, lockAfter, window, lockFor, maxWait);
    }

    private static long number(Map<String, String> environment, String name, long fallback, long min, long max) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + number);
        }
        return number;
    }
}
