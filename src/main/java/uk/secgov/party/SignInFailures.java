package uk.secgov.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The recent failed sign-ins of one username or address and the lock they brought about (ADR 0009). Every
 * answer is for a moment: failures are forgotten once the rule's window passes without one, and an expired
 * lock forgets them too, so a row that is not deleted yet still counts from zero.
 */
@Entity
@Table(name = "sign_in_failures")
public class SignInFailures {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private ThrottleSubject.Kind kind;

    @Column(nullable = false, length = ThrottleSubject.MAX_LENGTH)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by", length = 100)
    private String liftedBy;

    @Version
    private long version;

    protected SignInFailures() {
    }

    static SignInFailures of(ThrottleSubject subject) {
        SignInFailures record = new SignInFailures();
        record.kind = subject.kind();
        record.subject = subject.value();
        return record;
    }

    public ThrottleSubject subject() {
        return new ThrottleSubject(kind, subject);
    }

    /** Failed attempts recorded since the count last started (they may no longer count: see {@link #failuresAt}). */
    public int failures() {
        return failures;
    }

    /** Failed attempts that still count at this moment. */
    public int failuresAt(ThrottleRule rule, Instant now) {
        return forgottenAt(rule, now) ? 0 : failures;
    }

    /** What refuses an attempt at this moment, if anything: a lock in force, or the wait after the last failure. */
    public Optional<SignInHold> holdAt(ThrottleRule rule, Instant now) {
        if (rule.isOff()) {
            return Optional.empty();
        }
        if (isLockedAt(now)) {
            return Optional.of(new SignInHold(subject(), true, lockedUntil));
        }
        int counted = failuresAt(rule, now);
        if (counted == 0) {
            return Optional.empty();
        }
        Instant waitUntil = lastFailureAt.plus(rule.waitAfter(counted));
        return now.isBefore(waitUntil) ? Optional.of(new SignInHold(subject(), false, waitUntil)) : Optional.empty();
    }

    /**
     * Counts one more failed attempt (a wrong password, or an attempt refused because it came too soon) and
     * answers what now holds the next one back. The failure that reaches the rule's limit locks the subject.
     */
    Optional<SignInHold> fail(ThrottleRule rule, Instant now) {
        if (rule.isOff()) {
            return Optional.empty();
        }
        if (forgottenAt(rule, now)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (lockedUntil == null && failures >= rule.lockAfter()) {
            lockedUntil = now.plus(rule.lockFor());
        }
        return holdAt(rule, now);
    }

    /** A successful sign-in: the failures so far no longer count. */
    void clear() {
        failures = 0;
        lockedUntil = null;
    }

    /** An administrator lifts the lock in force: the subject may try again at once, its failures forgotten. */
    void lift(String actor, Instant now) {
        clear();
        liftedAt = now;
        liftedBy = actor;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> lastFailureAt() {
        return Optional.ofNullable(lastFailureAt);
    }

    public Optional<String> liftedBy() {
        return Optional.ofNullable(liftedBy);
    }

    private boolean forgottenAt(ThrottleRule rule, Instant now) {
        if (lockedUntil != null) {
            return !now.isBefore(lockedUntil);
        }
        return lastFailureAt == null || !now.isBefore(lastFailureAt.plus(rule.window()));
    }
}
