package uk.secgov.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.party.PartyFixtures.NOW;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final PartyFixtures.PlainPasswords passwords = new PartyFixtures.PlainPasswords();
    private final Party supplier = PartyFixtures.party("Bright Energy", PartyCategory.LARGE_SUPPLIER);
    private final Party dcc = PartyFixtures.party("Smart DCC", PartyCategory.DCC);

    private UserAccount create(String username, String password, Party party, Set<Role> roles) {
        return UserAccount.create(username, "Sue Supplier", "sue@example.org", password, passwords, party, roles,
                "admin", NOW, new Violations());
    }

    @Test
    void createsAnAccountWithALowerCaseUsernameAndAHashedPassword() {
        UserAccount user = create("Sue.Supplier", "a-long-enough-password", supplier, EnumSet.of(Role.SUPPLIER));

        assertThat(user.username()).isEqualTo("sue.supplier");
        assertThat(user.passwordHash()).isEqualTo("plain:a-long-enough-password");
        assertThat(user.maySignIn()).isTrue();
    }

    @Test
    void theUsernameStandsInForAMissingDisplayName() {
        UserAccount user = UserAccount.create("sue", " ", null, "a-long-enough-password", passwords, supplier,
                EnumSet.of(Role.SUPPLIER), "admin", NOW, new Violations());

        assertThat(user.displayName()).isEqualTo("sue");
    }

    @Test
    void refusesASupplierRoleForSomeoneOfTheDcc() {
        assertThatThrownBy(() -> create("dee", "a-long-enough-password", dcc, EnumSet.of(Role.SUPPLIER)))
                .isInstanceOf(InvalidPartyData.class)
                .hasMessageContaining("role 'supplier' does not fit party 'Smart DCC'");
    }

    @Test
    void letsPanelAndAdministratorRolesSitWithAnyParty() {
        UserAccount user = create("pat", "a-long-enough-password", supplier, EnumSet.of(Role.PANEL, Role.ADMIN));

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.PANEL, Role.ADMIN);
    }

    @Test
    void reportsEveryProblemAndHashesNothingWhenAnyFails() {
        assertThatThrownBy(() -> UserAccount.create("x", "", "not-an-email", "short", passwords, supplier,
                Set.of(), "admin", NOW, new Violations()))
                .isInstanceOf(InvalidPartyData.class)
                .satisfies(e -> assertThat(((InvalidPartyData) e).violations())
                        .extracting(InvalidPartyData.Violation::field)
                        .containsExactlyInAnyOrder("username", "email", "roles", "password"));
        assertThat(passwords.hashed).isEmpty();
    }

    @Test
    void refusesAnAccountForADisabledParty() {
        supplier.disable("admin", NOW);

        assertThatThrownBy(() -> create("sue", "a-long-enough-password", supplier, EnumSet.of(Role.SUPPLIER)))
                .isInstanceOf(InvalidPartyData.class).hasMessageContaining("disabled party");
    }

    @Test
    void aDisabledAccountOrPartyCannotSignIn() {
        UserAccount user = create("sue", "a-long-enough-password", supplier, EnumSet.of(Role.SUPPLIER));
        UserAccount colleague = create("sam", "a-long-enough-password", supplier, EnumSet.of(Role.SUPPLIER));

        user.disable("admin", NOW);
        assertThat(user.maySignIn()).isFalse();
        assertThat(colleague.maySignIn()).isTrue();

        supplier.disable("admin", NOW);
        assertThat(colleague.maySignIn()).isFalse();
    }
}
