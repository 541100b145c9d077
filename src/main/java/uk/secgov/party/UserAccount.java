package uk.secgov.party;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in, acting for one Party with one or more roles. Never deleted: a disabled
 * account keeps its name (so nothing it did becomes anonymous) and can no longer sign in.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    static final int MIN_PASSWORD_LENGTH = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "party_id", nullable = false)
    private Party party;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Embedded
    private Registration registration;

    @Version
    private long version;

    protected UserAccount() {
    }

    /**
     * A new, enabled account. Roles must fit the party: supplier, DCC, manufacturer, SECAS and
     * Authority work is done only by people of a party of that kind. Without a display name the
     * username stands in. Every problem found, including
     * those the caller already collected, is reported together; the password is hashed only once all pass.
     */
    static UserAccount create(String username, String displayName, String email, String password,
            PasswordHashing hashing, Party party, Set<Role> roles, String createdBy, Instant now,
            Violations violations) {
        UserAccount user = new UserAccount();
        user.username = violations.check(() -> normaliseUsername(username));
        String name = violations.check(() -> Party.optional("displayName", displayName, 200));
        user.displayName = name != null ? name : user.username;
        user.email = violations.check(() -> Party.optional("email", email, 200));
        if (user.email != null && !user.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add("email", "is not an email address");
        }
        if (party != null && !party.isEnabled()) {
            violations.add("partyId", "names the disabled party '" + party.name() + "'");
        }
        if (roles == null || roles.isEmpty()) {
            violations.add("roles", "must name at least one role");
        } else if (party != null) {
            for (Role role : roles) {
                violations.check(() -> checkRoleFitsParty(role, party));
            }
        }
        violations.check(() -> checkPasswordStrength(password));
        violations.throwIfAny();
        user.passwordHash = hashing.hash(password.toCharArray());
        user.party = party;
        user.roles = EnumSet.copyOf(roles);
        user.registration = Registration.by(createdBy, now);
        return user;
    }

    public static String normaliseUsername(String username) {
        String clean = Party.required("username", username, 100).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(clean).matches()) {
            throw new InvalidPartyData("username",
                    "must be 2 to 100 characters: letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return clean;
    }

    /** Checks a proposed password against the rules before it is hashed. */
    static String checkPasswordStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidPartyData("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 200) {
            throw new InvalidPartyData("password", "must be at most 200 characters");
        }
        return password;
    }

    private static Role checkRoleFitsParty(Role role, Party party) {
        PartyCategory category = party.category();
        boolean fits = switch (role) {
            case SUPPLIER -> category.isSupplier();
            case DCC -> category == PartyCategory.DCC;
            case MANUFACTURER -> category == PartyCategory.MANUFACTURER;
            case SECAS -> category == PartyCategory.SECAS;
            case AUTHORITY -> category == PartyCategory.AUTHORITY;
            case PANEL, CHANGEBOARD, ADMIN -> true;
        };
        if (!fits) {
            throw new InvalidPartyData("roles", "role '" + role.groupName() + "' does not fit party '"
                    + party.name() + "' (" + category.label() + ")");
        }
        return role;
    }

    /** Stops the account signing in, from its next request on. */
    public void disable(String by, Instant now) {
        registration.disable(by, now, "user", "'" + username + "'");
    }

    /** Whether this person may sign in now: the account and its party are both enabled. */
    public boolean maySignIn() {
        return registration.isEnabled() && party.isEnabled();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Party party() {
        return party;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isEnabled() {
        return registration.isEnabled();
    }

    public Instant createdAt() {
        return registration.createdAt();
    }

    public String createdBy() {
        return registration.createdBy();
    }

    public Optional<Instant> disabledAt() {
        return registration.disabledAt();
    }
}
