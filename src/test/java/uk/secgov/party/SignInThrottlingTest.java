package uk.secgov.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.secgov.testing.SettableClock;

class SignInThrottlingTest {

    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "198.51.100.7";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryRecords records = new InMemoryRecords();
    private final SignInThrottling throttling = new SignInThrottling();
    private final SignInLocks locks = new SignInLocks();

    @BeforeEach
    void given() {
        throttling.records = records;
        throttling.clock = clock;
        throttling.settings = new SignInThrottleSettings(
                new ThrottleRule(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(60)),
                new ThrottleRule(20, 50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(60)));
        locks.records = records;
        locks.clock = clock;
    }

    @Test
    void theFirstFailuresCostNoWait() {
        fail("sue", HOME, 3);

        assertThat(throttling.check("sue", HOME).hold()).isEmpty();
    }

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheWait() {
        fail("sue", HOME, 3);

        assertThat(waitAfterOneMoreFailure("sue")).isEqualTo(Duration.ofSeconds(1));
        assertThat(waitAfterOneMoreFailure("sue")).isEqualTo(Duration.ofSeconds(2));
        assertThat(waitAfterOneMoreFailure("sue")).isEqualTo(Duration.ofSeconds(4));
        assertThat(waitAfterOneMoreFailure("sue")).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void theWaitNeverExceedsTheLongestWait() {
        assertThat(new ThrottleRule(3, 100, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofSeconds(60))
                .waitAfter(40)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void anAttemptWithinTheWaitIsRefusedAndOnceTheWaitIsOverAllowed() {
        fail("sue", HOME, 4);

        clock.advance(Duration.ofMillis(500));
        assertThat(throttling.check("sue", HOME).hold()).hasValueSatisfying(hold -> {
            assertThat(hold.locked()).isFalse();
            assertThat(hold.until()).isEqualTo(clock.instant().plusMillis(500));
        });
        clock.advance(Duration.ofMillis(500));
        assertThat(throttling.check("sue", HOME).hold()).isEmpty();
    }

    @Test
    void theTenthFailureLocksTheUsernameForFifteenMinutes() {
        fail("sue", HOME, 9);

        Optional<SignInHold> hold = throttling.failed("sue", HOME);

        assertThat(hold).hasValueSatisfying(h -> {
            assertThat(h.locked()).isTrue();
            assertThat(h.subject()).isEqualTo(ThrottleSubject.username("sue"));
            assertThat(h.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        });
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttling.check("sue", HOME).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
    }

    @Test
    void refusedAttemptsCountTowardsTheLockSoAClientThatDoesNotWaitIsLockedAtOnce() {
        fail("sue", HOME, 10);

        assertThat(throttling.check("sue", HOME).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
    }

    @Test
    void anAttemptRefusedDuringTheWaitCountsTowardsTheLock() {
        fail("sue", HOME, 4);

        Optional<SignInHold> hold = throttling.refused("sue", HOME);

        assertThat(hold).hasValueSatisfying(h -> assertThat(h.until()).isEqualTo(clock.instant().plusSeconds(2)));
        IntStream.range(0, 5).forEach(i -> throttling.refused("sue", HOME));
        assertThat(throttling.check("sue", HOME).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
    }

    @Test
    void anAttemptRefusedForTheUsernamesSakeDoesNotCountAgainstTheAddress() {
        fail("sue", HOME, 10);

        IntStream.range(0, 30).forEach(i -> throttling.refused("sue", HOME));

        assertThat(records.of(ThrottleSubject.address(HOME)).orElseThrow().failuresAt(throttling.settings.address(),
                clock.instant())).isEqualTo(10);
        assertThat(throttling.check("bob", HOME).hold()).isEmpty();
    }

    @Test
    void anAttemptWithNothingHoldingItBackIsNotCountedAsRefused() {
        assertThat(throttling.refused("sue", HOME)).isEmpty();
        assertThat(records.of(ThrottleSubject.username("sue"))).isEmpty();
    }

    @Test
    void theLockExpiresAndTheCountStartsAgain() {
        fail("sue", HOME, 10);

        clock.advance(Duration.ofMinutes(15));

        assertThat(throttling.check("sue", HOME)).isEqualTo(new SignInThrottling.Check(Optional.empty(), false));
        fail("sue", HOME, 3);
        assertThat(throttling.check("sue", HOME).hold()).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuietWindow() {
        fail("sue", HOME, 9);

        clock.advance(Duration.ofMinutes(15));

        assertThat(throttling.failed("sue", HOME)).isEmpty();
    }

    @Test
    void aSuccessClearsTheUsernamesFailures() {
        fail("sue", HOME, 9);
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttling.check("sue", HOME).failuresToClear()).isTrue();

        throttling.succeeded("sue");

        assertThat(throttling.check("sue", HOME)).isEqualTo(new SignInThrottling.Check(Optional.empty(), false));
        fail("sue", HOME, 9);
        assertThat(throttling.check("sue", HOME).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isFalse());
    }

    @Test
    void aLockedUsernameIsRefusedFromAnyAddress() {
        fail("sue", HOME, 10);

        assertThat(throttling.check("sue", ELSEWHERE).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
        assertThat(throttling.check("bob", HOME).hold()).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressHoldBackEveryUsernameFromIt() {
        IntStream.range(0, 20).forEach(i -> throttling.failed("user" + i, HOME));
        assertThat(throttling.check("bob", HOME).hold()).isEmpty();

        throttling.failed("user20", HOME);

        assertThat(throttling.check("bob", HOME).hold()).hasValueSatisfying(h -> {
            assertThat(h.subject()).isEqualTo(ThrottleSubject.address(HOME));
            assertThat(h.locked()).isFalse();
        });
        assertThat(throttling.check("bob", ELSEWHERE).hold()).isEmpty();
        IntStream.range(21, 50).forEach(i -> throttling.failed("user" + i, HOME));
        assertThat(throttling.check("bob", HOME).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
    }

    @Test
    void aSuccessDoesNotClearTheAddressesFailures() {
        IntStream.range(0, 21).forEach(i -> throttling.failed("user" + i, HOME));

        throttling.succeeded("user0");

        assertThat(throttling.check("bob", HOME).hold()).isPresent();
    }

    @Test
    void anUnknownUsernameIsHeldBackAndLockedExactlyLikeAKnownOne() {
        // The throttle never asks whether an account exists: only the typed name counts, in the same way.
        List<Optional<SignInHold>> known = new ArrayList<>();
        List<Optional<SignInHold>> unknown = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            known.add(throttling.failed("sue", HOME).map(h -> new SignInHold(null, h.locked(), h.until())));
            unknown.add(throttling.failed("nobody-" + "x", ELSEWHERE).map(h -> new SignInHold(null, h.locked(), h.until())));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(unknown.get(10)).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
    }

    @Test
    void theUsernameIsCountedTheWayAccountsAreLookedUp() {
        fail(" Sue ", HOME, 10);

        assertThat(throttling.check("SUE", HOME).hold()).hasValueSatisfying(h -> assertThat(h.locked()).isTrue());
    }

    @Test
    void anAdministratorSeesTheLockAndLiftsIt() {
        fail("sue", HOME, 10);
        assertThat(locks.inForce(0, 10)).extracting(SignInFailures::subject).containsExactly(ThrottleSubject.username("sue"));

        locks.lift(ThrottleSubject.username("sue"), "admin");

        assertThat(locks.inForce(0, 10)).isEmpty();
        assertThat(throttling.check("sue", HOME).hold()).isEmpty();
        assertThat(records.of(ThrottleSubject.username("sue")).orElseThrow().liftedBy()).contains("admin");
    }

    @Test
    void liftingWhereNoLockIsInForceIsRefused() {
        fail("sue", HOME, 5);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> locks.lift(ThrottleSubject.username("sue"), "admin"))
                .isInstanceOf(UnknownParty.class);
    }

    @Test
    void aRuleThatIsOffHoldsNobodyBack() {
        throttling.settings = new SignInThrottleSettings(ThrottleRule.off(), ThrottleRule.off());

        fail("sue", HOME, 50);

        assertThat(throttling.check("sue", HOME).hold()).isEmpty();
    }

    @Test
    void settingsComeFromTheEnvironmentWithDefaults() {
        assertThat(SignInThrottleSettings.from(java.util.Map.of())).isEqualTo(SignInThrottleSettings.DEFAULTS);
        SignInThrottleSettings set = SignInThrottleSettings.from(java.util.Map.of("SECGOV_SIGNIN_LOCK_AFTER", "5",
                "SECGOV_SIGNIN_ADDRESS_LOCK_AFTER", "0", "SECGOV_SIGNIN_LOCK_MINUTES", "60"));
        assertThat(set.username().lockAfter()).isEqualTo(5);
        assertThat(set.username().lockFor()).isEqualTo(Duration.ofMinutes(60));
        assertThat(set.address().isOff()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignInThrottleSettings.from(java.util.Map.of(
                "SECGOV_SIGNIN_LOCK_AFTER", "3"))).hasMessageContaining("SECGOV_SIGNIN_FREE_FAILURES");
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttling.failed(username, address);
        }
    }

    private Duration waitAfterOneMoreFailure(String username) {
        SignInHold hold = throttling.failed(username, HOME).orElseThrow();
        Duration wait = Duration.between(clock.instant(), hold.until());
        clock.advance(wait);
        return wait;
    }

    static final class InMemoryRecords implements SignInFailureRecords {

        private final List<SignInFailures> all = new ArrayList<>();

        public SignInFailures add(SignInFailures record) {
            all.add(record);
            return record;
        }

        public Optional<SignInFailures> of(ThrottleSubject subject) {
            return all.stream().filter(r -> r.subject().equals(subject)).findFirst();
        }

        public List<SignInFailures> of(ThrottleSubject username, ThrottleSubject address) {
            return all.stream().filter(r -> r.subject().equals(username) || r.subject().equals(address)).toList();
        }

        public List<SignInFailures> lockedAt(Instant now, int first, int size) {
            return all.stream().filter(r -> r.isLockedAt(now))
                    .sorted(Comparator.comparing((SignInFailures r) -> r.lockedUntil().orElseThrow()).reversed())
                    .skip(first).limit(size).toList();
        }

        public long countLockedAt(Instant now) {
            return all.stream().filter(r -> r.isLockedAt(now)).count();
        }

        public int forget(Instant quietSince, Instant now) {
            int before = all.size();
            all.removeIf(r -> !r.isLockedAt(now) && r.lastFailureAt().map(at -> at.isBefore(quietSince)).orElse(true));
            return before - all.size();
        }
    }
}
