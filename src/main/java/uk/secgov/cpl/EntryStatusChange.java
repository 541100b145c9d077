package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One change of a CPL entry's status (its CPA certificate expired, or the Panel removed it), with who decided,
 * when and why. Never changed: the next change is the next step, which the database only accepts as the direct
 * successor of the current one, so the entry and its whole history stay on the CPL.
 */
@Entity
@Immutable
@Table(name = "cpl_entry_status")
public class EntryStatusChange {

    /** Who made the change: the daily maintenance check, the Panel, or SECAS recording a Panel decision. */
    public enum ActorRole {
        SYSTEM, PANEL, SECAS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_model_id", nullable = false)
    private long deviceModelId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "previous_seq")
    private Integer previousSeq;

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
        if (status == CplEntry.Status.HASH_ASSOCIATED) {
            throw new IllegalArgumentException("A status change is CPA_EXPIRED or REMOVED");
        }
        EntryStatusChange c = new EntryStatusChange();
        c.deviceModelId = deviceModelId;
        c.seq = current.map(s -> s.seq + 1).orElse(1);
        c.previousSeq = current.map(s -> s.seq).orElse(null);
        c.status = status;
        c.at = at;
        c.effectiveDate = effectiveDate;
        c.actor = actor;
        c.actorRole = actorRole;
        c.meetingDate = meetingDate;
        c.reason = reason;
        return c;
    }

    public Long id() {
        return id;
    }

    public long deviceModelId() {
        return deviceModelId;
    }

    public int seq() {
        return seq;
    }

    public CplEntry.Status status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    /** The day the status took effect: the CPA date, or the day the removal was recorded. */
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
