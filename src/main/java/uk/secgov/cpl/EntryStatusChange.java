package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One change of a CPL entry's status (its CPA certificate expired, the Panel removed it, or a renewed CPA
 * certificate listed a CPA-expired entry again), with who decided, when and why. Never changed: the next change is
 * the next step of the chain ({@link EntryChainStep}), so the entry and its whole history stay on the CPL.
 */
@Entity
@Immutable
@Table(name = "cpl_entry_status")
public class EntryStatusChange extends EntryChainStep {

    /**
     * Who made the change: the daily maintenance check, the Panel, or SECAS (recording a Panel decision, or a
     * renewed CPA certificate).
     */
    public enum ActorRole {
        SYSTEM, PANEL, SECAS
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CplEntry.Status status;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 20)
    private ActorRole actorRole;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(nullable = false, length = 4000)
    private String reason;

    protected EntryStatusChange() {
    }

    /** The next change after {@code current} (none: the first change of the entry). */
    static EntryStatusChange following(Optional<EntryStatusChange> current, long deviceModelId,
            CplEntry.Status status, Instant at, LocalDate effectiveDate, String actor, ActorRole actorRole,
            LocalDate meetingDate, String reason) {
        if (status == CplEntry.Status.HASH_ASSOCIATED
                && current.map(s -> s.status != CplEntry.Status.CPA_EXPIRED).orElse(true)) {
            throw new IllegalArgumentException("An entry returns to HASH_ASSOCIATED only from CPA_EXPIRED");
        }
        EntryStatusChange c = new EntryStatusChange();
        c.follow(current, deviceModelId);
        c.status = status;
        c.at = at;
        c.effectiveDate = effectiveDate;
        c.actor = actor;
        c.actorRole = actorRole;
        c.meetingDate = meetingDate;
        c.reason = reason;
        return c;
    }

    public CplEntry.Status status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    /** The day the status took effect: the CPA date, or the day the removal or renewal was recorded. */
    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public String actor() {
        return actor;
    }

    public ActorRole actorRole() {
        return actorRole;
    }

    /** The Panel meeting that decided a removal, if recorded. */
    public Optional<LocalDate> meetingDate() {
        return Optional.ofNullable(meetingDate);
    }

    public String reason() {
        return reason;
    }
}
