package uk.secgov.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentPasswordChecksTest {

    private Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    };
    private final RecentPasswordChecks checks = new RecentPasswordChecks(Duration.ofMinutes(5), clock);

    @Test
    void remembersAMatchForTheSamePasswordAndStoredHashUntilItExpires() {
        checks.rememberMatch("sue", "hash-1", "correct horse".toCharArray());

        assertThat(checks.matchedRecently("sue", "hash-1", "correct horse".toCharArray())).isTrue();
        now = now.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertThat(checks.matchedRecently("sue", "hash-1", "correct horse".toCharArray())).isTrue();
        now = now.plusMillis(1);
        assertThat(checks.matchedRecently("sue", "hash-1", "correct horse".toCharArray())).isFalse();
    }

    @Test
    void anotherPasswordAnotherStoredHashOrAnotherUserIsNotRemembered() {
        checks.rememberMatch("sue", "hash-1", "correct horse".toCharArray());

        assertThat(checks.matchedRecently("sue", "hash-1", "correct horsf".toCharArray())).isFalse();
        assertThat(checks.matchedRecently("sue", "hash-1", "".toCharArray())).isFalse();
        assertThat(checks.matchedRecently("sue", "hash-2", "correct horse".toCharArray())).isFalse();
        assertThat(checks.matchedRecently("bob", "hash-1", "correct horse".toCharArray())).isFalse();
    }

    @Test
    void zeroSecondsRemembersNothing() {
        RecentPasswordChecks off = new RecentPasswordChecks(Duration.ZERO, clock);

        off.rememberMatch("sue", "hash-1", "correct horse".toCharArray());

        assertThat(off.matchedRecently("sue", "hash-1", "correct horse".toCharArray())).isFalse();
    }

    @Test
    void staysBoundedForgettingExpiredMatchesFirst() {
        checks.rememberMatch("early", "hash", "pw".toCharArray());
        now = now.plus(Duration.ofMinutes(4));
        for (int i = 1; i < RecentPasswordChecks.MAX_USERS; i++) {
            checks.rememberMatch("user" + i, "hash", "pw".toCharArray());
        }
        now = now.plus(Duration.ofMinutes(2));

        checks.rememberMatch("late", "hash", "pw".toCharArray());

        assertThat(checks.matchedRecently("late", "hash", "pw".toCharArray())).isTrue();
        assertThat(checks.matchedRecently("user1", "hash", "pw".toCharArray())).isTrue();
        assertThat(checks.matchedRecently("early", "hash", "pw".toCharArray())).isFalse();
    }
}
