package uk.secgov.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * An organisation taking part in SEC governance. A party is never deleted: disabling it keeps it
 * (and everything attributed to it) on record while its users can no longer sign in.
 */
@Entity
@Table(name = "party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PartyCategory category;

    @Column(name = "iki_subject_organisation", unique = true, length = 200)
    private String ikiSubjectOrganisation;

    @Column(name = "manufacturer_id", unique = true, length = 4)
    private String manufacturerId;

    @Embedded
    private Registration registration;

    @Version
    private long version;

    protected Party() {
    }

    private Party(String name, PartyCategory category, String ikiSubjectOrganisation,
            ManufacturerId manufacturerId, String createdBy, Instant now) {
        this.name = name;
        this.category = category;
        this.ikiSubjectOrganisation = ikiSubjectOrganisation;
        this.manufacturerId = manufacturerId == null ? null : manufacturerId.value();
        this.registration = Registration.by(createdBy, now);
    }

    /**
     * A new, enabled party. A manufacturer must carry its Manufacturer Identifier; no other
     * category may.
     */
    public static Party register(String name, PartyCategory category, String ikiSubjectOrganisation,
            String manufacturerId, String createdBy, Instant now) {
        Violations violations = new Violations();
        String cleanName = violations.check(() -> required("name", name, 200));
        if (category == null) {
            violations.add("category", "is required");
        }
        String cleanIki = violations.check(() -> optional("ikiSubjectOrganisation", ikiSubjectOrganisation, 200));
        ManufacturerId mid = null;
        if (category == PartyCategory.MANUFACTURER) {
            mid = violations.check(() -> ManufacturerId.of(manufacturerId));
        } else if (manufacturerId != null && !manufacturerId.isBlank()) {
            violations.add("manufacturerId", "is only for parties in the category Manufacturer");
        }
        violations.throwIfAny();
        return new Party(cleanName, category, cleanIki, mid, createdBy, now);
    }

    /** Stops the party's users signing in; the party and its history stay. */
    public void disable(String by, Instant now) {
        registration.disable(by, now, "party", "'" + name + "'");
    }

    static String required(String field, String value, int maxLength) {
        String clean = optional(field, value, maxLength);
        if (clean == null) {
            throw new InvalidPartyData(field, "is required");
        }
        return clean;
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > maxLength) {
            throw new InvalidPartyData(field, "must be at most " + maxLength + " characters");
        }
        return clean;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PartyCategory category() {
        return category;
    }

    public Optional<String> ikiSubjectOrganisation() {
        return Optional.ofNullable(ikiSubjectOrganisation);
    }

    public Optional<ManufacturerId> manufacturerId() {
        return Optional.ofNullable(manufacturerId).map(ManufacturerId::of);
    }

    public boolean isEnabled() {
        return registration.isEnabled();
    }

    public Registration registration() {
        return registration;
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

    public Optional<String> disabledBy() {
        return registration.disabledBy();
    }
}
