package uk.secgov.modification;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.secgov.calendar.WorkingDayCalendar;

/**
 * A computed date of a case as it was computed at one time. A recomputation (the calendar changed,
 * the release moved) appends a new one for the same kind; the latest of a kind is the one in force.
 */
@Entity
@Table(name = "modification_key_date")
public class KeyDate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modification_id", nullable = false, updatable = false)
    private Modification modification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private KeyDateKind kind;

    @Column(nullable = false, updatable = false)
    private LocalDate anchor;

    @Column(name = "working_days", updatable = false)
    private Integer workingDays;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 2000, updatable = false)
    private String explanation;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected KeyDate() {
    }

    KeyDate(Modification modification, Deadline deadline, String by, Instant at) {
        this.modification = modification;
        this.kind = deadline.kind();
        this.anchor = deadline.anchor();
        this.workingDays = deadline.workingDays();
        this.dueAt = deadline.due().toInstant();
        this.dueDate = deadline.dueDate();
        this.explanation = deadline.explanation().length() > 2000 ? deadline.explanation().substring(0, 2000)
                : deadline.explanation();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    /** The case it belongs to. */
    public Modification modification() {
        return modification;
    }

    public KeyDateKind kind() {
        return kind;
    }

    public LocalDate anchor() {
        return anchor;
    }

    public Optional<Integer> workingDays() {
        return Optional.ofNullable(workingDays);
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ZonedDateTime due() {
        return dueAt.atZone(WorkingDayCalendar.UK);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String explanation() {
        return explanation;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    Deadline asDeadline() {
        return new Deadline(kind, anchor, workingDays, due(), explanation);
    }
}
