package uk.secgov.hashconflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An information request's due and escalation dates computed again because the Working Day calendar
 * changed (override {@code calendarOverride}). Never changed: the newest for a request is in force; the
 * request keeps the dates it was asked with.
 */
@Entity
@Immutable
@Table(name = "cpl_request_due_date")
public class RequestDueDate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "escalate_at", nullable = false)
    private Instant escalateAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "calendar_override", nullable = false)
    private long calendarOverride;

    protected RequestDueDate() {
    }

    static RequestDueDate of(long requestId, Instant dueAt, Instant escalateAt, Instant recordedAt, String recordedBy,
            long calendarOverride) {
        RequestDueDate d = new RequestDueDate();
        d.requestId = requestId;
        d.dueAt = dueAt;
        d.escalateAt = escalateAt;
        d.recordedAt = recordedAt;
        d.recordedBy = recordedBy;
        d.calendarOverride = calendarOverride;
        return d;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant escalateAt() {
        return escalateAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long calendarOverride() {
        return calendarOverride;
    }
}
