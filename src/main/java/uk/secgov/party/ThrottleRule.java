package uk.secgov.party;

import java.time.Duration;

/**
 * How failed sign-ins of one subject (a username or a source address) are slowed down and then locked:
 * the first {@code freeFailures} cost nothing; after each further one the next attempt must wait, one second
 * at first and twice as long each time, at most {@code maxWait}; the {@code lockAfter}-th locks the subject
 * for {@code lockFor}. Failures are forgotten once {@code window} passes without one. {@code lockAfter} 0
 * switches the rule off.
 */
public record ThrottleRule(int freeFailures, int lockAfter, Duration window, Duration lockFor, Duration maxWait) {

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    public ThrottleRule {
        if (lockAfter < 0 || freeFailures < 0 || (lockAfter > 0 && freeFailures >= lockAfter)) {
            throw new IllegalArgumentException("Free failures (" + freeFailures + ") must be fewer than the failures"
                    + " that lock (" + lockAfter + "), both at least 0");
        }
        if (window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()
                || maxWait.compareTo(FIRST_WAIT) < 0) {
            throw new IllegalArgumentException("The window and the lock must be positive and the longest wait at least"
                    + " one second");
        }
    }

    /** A rule that never holds anyone back. */
    public static ThrottleRule off() {
        return new ThrottleRule(0, 0, Duration.ofMinutes(1), Duration.ofMinutes(1), FIRST_WAIT);
    }

    public boolean isOff() {
        return lockAfter == 0;
    }

    /** How long the next attempt must wait after this many failures in a row. */
    Duration waitAfter(int failures) {
        if (isOff() || failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures - 1, 30);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
