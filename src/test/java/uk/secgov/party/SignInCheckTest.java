package uk.secgov.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInCheckTest {

    private final PartyFixtures.PlainPasswords passwords = new PartyFixtures.PlainPasswords();
    private final List<UserAccount> accounts = new ArrayList<>();
    private final SignInCheck check = new SignInCheck();
    private UserAccount sue;

    @BeforeEach
    void given() {
        check.passwords = passwords;
        check.recentChecks = new RecentPasswordChecks(Duration.ofMinutes(5), Clock.systemUTC());
        check.users = new UserAccounts() {
            public UserAccount add(UserAccount user) {
                accounts.add(user);
                return user;
            }

            public Optional<UserAccount> byId(long id) {
                return Optional.empty();
            }

            public Optional<UserAccount> byUsername(String username) {
                return accounts.stream().filter(u -> u.username().equals(username)).findFirst();
            }

            public List<UserAccount> page(Long partyId, int first, int size) {
                return accounts;
            }

            public long count(Long partyId) {
                return accounts.size();
            }

            public List<UserAccount> activeWithRole(Role role) {
                return accounts.stream().filter(u -> u.roles().contains(role)).toList();
            }
        };
        Party supplier = PartyFixtures.party("Bright Energy", PartyCategory.LARGE_SUPPLIER);
        sue = check.users.add(UserAccount.create("sue", "Sue", null, "sue-correct-horse", passwords, supplier,
                EnumSet.of(Role.SUPPLIER, Role.PANEL), "admin", PartyFixtures.NOW, new Violations()));
    }

    @Test
    void signsInWithTheRightPasswordAndReportsTheRoles() {
        assertThat(check.signIn("Sue", "sue-correct-horse".toCharArray()))
                .hasValueSatisfying(caller -> {
                    assertThat(caller.username()).isEqualTo("sue");
                    assertThat(caller.roles()).containsExactlyInAnyOrder("supplier", "panel");
                });
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(check.signIn("sue", "sue-wrong-horse".toCharArray())).isEmpty();
    }

    @Test
    void refusesAnUnknownUserAfterComparingAgainstADecoyHash() {
        int before = passwords.hashed.size();

        assertThat(check.signIn("nobody", "whatever-password".toCharArray())).isEmpty();
        assertThat(passwords.hashed.size()).isEqualTo(before + 1);
    }

    @Test
    void refusesADisabledAccountEvenWithTheRightPassword() {
        sue.disable("admin", PartyFixtures.NOW);

        assertThat(check.signIn("sue", "sue-correct-horse".toCharArray())).isEmpty();
        assertThat(check.stillActive("sue")).isEmpty();
    }

    @Test
    void aSignedInCallerStaysActiveUntilDisabled() {
        assertThat(check.stillActive("sue")).isPresent();

        sue.party().disable("admin", PartyFixtures.NOW);

        assertThat(check.stillActive("sue")).isEmpty();
    }

    @Test
    void aRepeatedSignInWithTheSamePasswordSkipsTheFullCheck() {
        check.signIn("sue", "sue-correct-horse".toCharArray());
        int compared = passwords.compared;

        assertThat(check.signIn("sue", "sue-correct-horse".toCharArray())).isPresent();
        assertThat(passwords.compared).isEqualTo(compared);
    }

    @Test
    void aWrongPasswordAfterARememberedOneStillPaysTheFullCheckAndIsRefused() {
        check.signIn("sue", "sue-correct-horse".toCharArray());
        int compared = passwords.compared;

        assertThat(check.signIn("sue", "sue-correct-horsf".toCharArray())).isEmpty();
        assertThat(passwords.compared).isEqualTo(compared + 1);
    }

    @Test
    void aRememberedPasswordDoesNotLetADisabledAccountOrPartyIn() {
        assertThat(check.signIn("sue", "sue-correct-horse".toCharArray())).isPresent();

        sue.party().disable("admin", PartyFixtures.NOW);

        assertThat(check.signIn("sue", "sue-correct-horse".toCharArray())).isEmpty();
    }
}
