package uk.secgov.party;

import java.time.Instant;

/** Why sign-in attempts for a subject are refused until a moment: a growing wait, or a lock. */
public record SignInHold(ThrottleSubject subject, boolean locked, Instant until) {

    /** The hold that lasts longer (a lock before a wait when both end together). */
    static SignInHold longer(SignInHold a, SignInHold b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int byEnd = a.until().compareTo(b.until());
        if (byEnd != 0) {
            return byEnd > 0 ? a : b;
        }
        return b.locked() && !a.locked() ? b : a;
    }
}
