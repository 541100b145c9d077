package uk.secgov.release;

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
import java.util.Optional;

/** One dated, attributed step in a release's history. Appended by the release, never changed. */
@Entity
@Table(name = "sec_release_event")
public class ReleaseEvent {

    /** What happened. */
    public enum Kind {
        PROPOSED("Proposed"),
        CONFIRMED("Confirmed"),
        MOVED("Moved"),
        IMPLEMENTED("Implemented"),
        CANCELLED("Cancelled");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "release_id", nullable = false, updatable = false)
    private SecRelease release;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "from_date", updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", updatable = false)
    private LocalDate toDate;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected ReleaseEvent() {
    }

    ReleaseEvent(SecRelease release, Kind kind, LocalDate fromDate, LocalDate toDate, String reason, String by,
            Instant at) {
        this.release = release;
        this.kind = kind;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<LocalDate> fromDate() {
        return Optional.ofNullable(fromDate);
    }

    public Optional<LocalDate> toDate() {
        return Optional.ofNullable(toDate);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
