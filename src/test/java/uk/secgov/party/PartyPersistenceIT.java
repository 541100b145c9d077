package uk.secgov.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;
import uk.secgov.party.PartyAdministration.PartyRegistration;
import uk.secgov.party.UserAdministration.NewUser;

/** The party mapping against the schema Flyway built, inside the real WAR on the provisioned server. */
@ExtendWith(ArquillianExtension.class)
class PartyPersistenceIT {

    @Deployment
    static WebArchive war() {
        return Deployments.realWar().addClass(Deployments.class);
    }

    @Inject
    PartyAdministration parties;

    @Inject
    UserAdministration users;

    @Inject
    Directory directory;

    @Inject
    SignInCheck signInCheck;

    @Resource
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void storesAndReadsBackAPartyAndItsUserWithRolesAndASlowSaltedHash() {
        Party party = asApplication(() -> parties.register(new PartyRegistration(unique("Maker"),
                PartyCategory.MANUFACTURER, unique("Maker Ltd"), String.format("%04X", (int) (Math.random() * 0xFFFF))),
                "it"));
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        asApplication(() -> users.create(new NewUser(username, "Ivy Tester", "ivy@example.org", "a-very-long-password",
                party.id(), EnumSet.of(Role.MANUFACTURER, Role.PANEL)), "it"));

        UserAccount read = directory.user(username).orElseThrow();
        assertEquals(party.id(), read.party().id());
        assertEquals(EnumSet.of(Role.MANUFACTURER, Role.PANEL), read.roles());
        assertEquals(PartyCategory.MANUFACTURER, read.party().category());
        assertTrue(read.passwordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), read.passwordHash());
        assertTrue(signInCheck.signIn(username, "a-very-long-password".toCharArray()).isPresent());
        assertFalse(signInCheck.signIn(username, "a-very-long-passworD".toCharArray()).isPresent());
    }

    @Test
    void flywayHasAppliedTheMigrationsAndHibernateAcceptedThem() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select count(*) from \"flyway_schema_history\""
                        + " where \"success\" = true and \"version\" = '1'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void theDatabaseItselfRefusesAManufacturerIdentifierOnANonManufacturer() {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement insert = c.prepareStatement("insert into party (name, category, manufacturer_id,"
                            + " enabled, created_at, created_by, version) values (?, 'LARGE_SUPPLIER', 'ABCD', true, ?, 'it', 0)")) {
                insert.setString(1, unique("Sneaky"));
                insert.setObject(2, java.time.OffsetDateTime.now());
                insert.executeUpdate();
            }
        });
        assertTrue(refused.getMessage().toLowerCase().contains("party_manufacturer_id_only_for_manufacturers"),
                refused.getMessage());
    }

    @Test
    void aDuplicatePartyNameIsRefusedWithoutChangingAnything() {
        String name = unique("Twin");
        asApplication(() -> parties.register(new PartyRegistration(name, PartyCategory.SMALL_SUPPLIER, null, null), "it"));
        long before = directory.partyCount();

        InvalidPartyData refused = assertThrows(InvalidPartyData.class, () -> asApplication(() -> parties.register(
                new PartyRegistration(name.toUpperCase(), PartyCategory.SMALL_SUPPLIER, null, null), "it")));

        assertEquals("name", refused.violations().get(0).field());
        assertEquals(before, directory.partyCount());
    }

    @Test
    void disablingAUserKeepsTheAccountOnRecord() {
        Party party = asApplication(() -> parties.register(new PartyRegistration(unique("Supplier"),
                PartyCategory.SMALL_SUPPLIER, null, null), "it"));
        String username = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount user = asApplication(() -> users.create(new NewUser(username, "Gone Soon", null,
                "a-very-long-password", party.id(), EnumSet.of(Role.SUPPLIER)), "it"));

        asApplication(() -> users.disable(user.id(), "admin"));

        UserAccount read = directory.user(username).orElseThrow();
        assertFalse(read.isEnabled());
        assertTrue(read.disabledAt().orElseThrow().isBefore(Instant.now().plusSeconds(1)));
        assertFalse(signInCheck.signIn(username, "a-very-long-password".toCharArray()).isPresent());
    }

    @Test
    void theDirectoryFindsPartiesByQueryWithoutAPageLimit() {
        String mid = String.format("%04X", (int) (Math.random() * 0xFFFF));
        Party maker = asApplication(() -> parties.register(new PartyRegistration(unique("Maker"),
                PartyCategory.MANUFACTURER, null, mid.toLowerCase()), "it"));
        Party gone = asApplication(() -> parties.register(new PartyRegistration(unique("Gone"),
                PartyCategory.SMALL_SUPPLIER, null, null), "it"));
        asApplication(() -> parties.disable(gone.id(), "it"));

        assertEquals(maker.id(), directory.manufacturer(ManufacturerId.of(mid)).orElseThrow().id());
        assertEquals(maker.id(), directory.partyNamed(maker.name().toUpperCase()).orElseThrow().id());
        assertTrue(directory.enabledParties().stream().anyMatch(p -> p.id().equals(maker.id())));
        assertFalse(directory.enabledParties().stream().anyMatch(p -> p.id().equals(gone.id())));
        assertTrue(directory.allParties().stream().anyMatch(p -> p.id().equals(gone.id())));
        assertTrue(directory.partiesIn(PartyCategory.MANUFACTURER).stream().allMatch(
                p -> p.category() == PartyCategory.MANUFACTURER));
        assertEquals(directory.partyCount(), directory.allParties().size());
    }

    /** Administration as the application itself would do it (this test calls the use cases without a signed-in person). */
    private static <T> T asApplication(java.util.concurrent.Callable<T> work) {
        try {
            return uk.secgov.platform.security.Callers.asSystem(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
