package uk.secgov.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * Who put a party or an account on record and when, and whether (and by whom, when) it has been
 * disabled. Disabling is final and is the only change: nothing on record is ever deleted.
 */
@Embeddable
public class Registration {

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by", length = 100)
    private String disabledBy;

    protected Registration() {
    }

    static Registration by(String actor, Instant now) {
        Registration registration = new Registration();
        registration.enabled = true;
        registration.createdBy = actor;
        registration.createdAt = now;
        return registration;
    }

    /** Disables what this registration belongs to; {@code field} and {@code what} name it in the refusal. */
    void disable(String by, Instant now, String field, String what) {
        if (!enabled) {
            throw new InvalidPartyData(field, what + " is already disabled");
        }
        enabled = false;
        disabledBy = by;
        disabledAt = now;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> disabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    public Optional<String> disabledBy() {
        return Optional.ofNullable(disabledBy);
    }
}
