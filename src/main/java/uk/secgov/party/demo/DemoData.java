package uk.secgov.party.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyAdministration;
import uk.secgov.party.PartyAdministration.PartyRegistration;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.Role;
import uk.secgov.party.UserAdministration;
import uk.secgov.party.UserAdministration.NewUser;

/**
 * At start-up: the demo parties and one demo user per role when demo mode is on (system property
 * {@code secgov.demo}, from {@code SECGOV_DEMO}; on by default only with the embedded H2 database),
 * and a first administrator when {@code SECGOV_ADMIN_PASSWORD} is set and no administrator exists.
 * Both only add what is missing, so a restart changes nothing.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** A demo party. */
    record DemoParty(String name, PartyCategory category, String iki, String manufacturerId) {
    }

    /** A demo user; the password is {@code <username>-password} (demo only, listed in the README). */
    record DemoUser(String username, String displayName, String party, Set<Role> roles) {
    }

    static final List<DemoParty> PARTIES = List.of(
            new DemoParty("SECAS", PartyCategory.SECAS, null, null),
            new DemoParty("SEC Panel", PartyCategory.PANEL, null, null),
            new DemoParty("Smart DCC", PartyCategory.DCC, "Smart DCC Ltd", null),
            new DemoParty("Bright Energy", PartyCategory.LARGE_SUPPLIER, "Bright Energy Ltd", null),
            new DemoParty("Volt Supply", PartyCategory.SMALL_SUPPLIER, "Volt Supply Ltd", null),
            new DemoParty("Meterworks Manufacturing", PartyCategory.MANUFACTURER, "Meterworks Manufacturing Ltd",
                    "1063"),
            new DemoParty("Ofgem", PartyCategory.AUTHORITY, null, null));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("secas", "Sam Analyst", "SECAS", EnumSet.of(Role.SECAS)),
            new DemoUser("panel", "Pat Chair", "SEC Panel", EnumSet.of(Role.PANEL)),
            new DemoUser("changeboard", "Chris Board", "Bright Energy", EnumSet.of(Role.CHANGEBOARD)),
            new DemoUser("supplier", "Sue Supplier", "Bright Energy", EnumSet.of(Role.SUPPLIER)),
            new DemoUser("supplier2", "Vic Volt", "Volt Supply", EnumSet.of(Role.SUPPLIER)),
            new DemoUser("dcc", "Dee Comms", "Smart DCC", EnumSet.of(Role.DCC)),
            new DemoUser("manufacturer", "Max Maker", "Meterworks Manufacturing", EnumSet.of(Role.MANUFACTURER)),
            new DemoUser("authority", "Alex Regulator", "Ofgem", EnumSet.of(Role.AUTHORITY)),
            new DemoUser("admin", "Ada Admin", "SECAS", EnumSet.of(Role.ADMIN)));

    @Inject
    Directory directory;

    @Inject
    PartyAdministration parties;

    @Inject
    UserAdministration users;

    @PostConstruct
    void seed() {
        if (Boolean.parseBoolean(System.getProperty("secgov.demo", "false"))) {
            seedDemo();
        }
        String adminPassword = System.getenv("SECGOV_ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isBlank()) {
            seedFirstAdministrator(adminPassword);
        }
    }

    private void seedDemo() {
        Map<String, Long> partyIds = new HashMap<>();
        directory.allParties().forEach(existing -> partyIds.put(existing.name(), existing.id()));
        for (DemoParty p : PARTIES) {
            partyIds.computeIfAbsent(p.name(), name -> parties.register(
                    new PartyRegistration(name, p.category(), p.iki(), p.manufacturerId()), ACTOR).id());
        }
        for (DemoUser u : USERS) {
            if (directory.user(u.username()).isEmpty()) {
                users.create(new NewUser(u.username(), u.displayName(), u.username() + "@example.invalid",
                        u.username() + "-password", partyIds.get(u.party()), u.roles()), ACTOR);
            }
        }
        LOG.info("Demo mode: demo parties and users are in place (see README for the passwords)");
    }

    private void seedFirstAdministrator(String password) {
        String username = System.getenv().getOrDefault("SECGOV_ADMIN_USERNAME", "admin");
        if (directory.user(username).isPresent()) {
            return;
        }
        Party home = directory.partiesIn(PartyCategory.SECAS).stream().findFirst().orElseGet(() -> parties.register(
                        new PartyRegistration("SECAS", PartyCategory.SECAS, null, null), ACTOR));
        users.create(new NewUser(username, "Administrator", null, password, home.id(), EnumSet.of(Role.ADMIN)), ACTOR);
        LOG.info(() -> "Created the first administrator '" + username + "' from SECGOV_ADMIN_PASSWORD");
    }
}
