package uk.secgov.release;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.secgov.platform.time.UkFormat;

/**
 * A SEC Release: its name, kind, the date it is planned for, the date it was implemented on, and
 * its status. Each change is a guarded verb that appends a {@link ReleaseEvent}; the history is never
 * rewritten, so a release that moved shows every date it had and why it moved.
 */
@Entity
@Table(name = "sec_release")
public class SecRelease {

    static final int NAME_MAX = 200;
    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReleaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReleaseStatus status;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "actual_date")
    private LocalDate actualDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @OneToMany(mappedBy = "release", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReleaseEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected SecRelease() {
    }

    /** A new release, proposed for SECAS to confirm. */
    public static SecRelease propose(String name, ReleaseKind kind, LocalDate plannedDate, String by, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new InvalidReleaseRequest("name", "Give the release's name, e.g. 'November 2026 SEC Release' (up to "
                    + NAME_MAX + " characters).");
        }
        if (kind == null) {
            throw new InvalidReleaseRequest("kind", "Say whether the release is SCHEDULED or AD_HOC.");
        }
        SecRelease release = new SecRelease();
        release.name = name.strip();
        release.kind = kind;
        release.plannedDate = checkedDate("plannedDate", plannedDate);
        release.status = ReleaseStatus.PROPOSED;
        release.createdBy = by;
        release.createdAt = now;
        release.append(ReleaseEvent.Kind.PROPOSED, null, release.plannedDate, null, by, now);
        return release;
    }

    /** SECAS confirms a proposed release: it is now the plan. */
    public void confirm(String by, Instant now) {
        if (status != ReleaseStatus.PROPOSED) {
            throw new InvalidReleaseRequest("status", name + " is " + status.label().toLowerCase(Locale.UK)
                    + ": only a proposed release can be confirmed.");
        }
        status = ReleaseStatus.CONFIRMED;
        append(ReleaseEvent.Kind.CONFIRMED, null, plannedDate, null, by, now);
    }

    /** Moves the release to another date, for a stated reason (e.g. the Authority's consent). */
    public ReleaseMoved moveTo(LocalDate newDate, String reason, String by, Instant now) {
        requireOpen("moved");
        LocalDate to = checkedDate("date", newDate);
        if (to.equals(plannedDate)) {
            throw new InvalidReleaseRequest("date", name + " is already planned for " + UkFormat.DAY.format(to) + ".");
        }
        String why = reasonOf(reason, "Say why the release moves (e.g. 'Authority consent').");
        LocalDate from = plannedDate;
        plannedDate = to;
        ReleaseEvent event = append(ReleaseEvent.Kind.MOVED, from, to, why, by, now);
        return new ReleaseMoved(id, name, from, to, why, event.recordedAt(), by);
    }

    /** Records that the release went live on {@code actual}, which cannot be after {@code today}. */
    public void implemented(LocalDate actual, LocalDate today, String by, Instant now) {
        if (status != ReleaseStatus.CONFIRMED) {
            throw new InvalidReleaseRequest("status", name + " is " + status.label().toLowerCase(Locale.UK)
                    + ": only a confirmed release can be implemented.");
        }
        LocalDate on = checkedDate("date", actual);
        if (on.isAfter(today)) {
            throw new InvalidReleaseRequest("date", "The implementation date " + UkFormat.DAY.format(on)
                    + " is in the future: record it on the day or after.");
        }
        actualDate = on;
        status = ReleaseStatus.IMPLEMENTED;
        append(ReleaseEvent.Kind.IMPLEMENTED, plannedDate, on, null, by, now);
    }

    /** The release will not happen; it stays listed, with the reason. */
    public void cancel(String reason, String by, Instant now) {
        requireOpen("cancelled");
        String why = reasonOf(reason, "Say why the release is cancelled.");
        status = ReleaseStatus.CANCELLED;
        append(ReleaseEvent.Kind.CANCELLED, plannedDate, null, why, by, now);
    }

    private void requireOpen(String verb) {
        if (!status.isOpen()) {
            throw new InvalidReleaseRequest("status", name + " is " + status.label().toLowerCase(Locale.UK)
                    + ": it can no longer be " + verb + ".");
        }
    }

    private ReleaseEvent append(ReleaseEvent.Kind kind, LocalDate from, LocalDate to, String reason, String by,
            Instant now) {
        ReleaseEvent event = new ReleaseEvent(this, kind, from, to, reason, by, now);
        events.add(event);
        return event;
    }

    private static LocalDate checkedDate(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidReleaseRequest(field, "Give the date (YYYY-MM-DD).");
        }
        if (date.getYear() < 2000 || date.getYear() > 2199) {
            throw new InvalidReleaseRequest(field, "The date must be between 2000 and 2199, but was " + date + ".");
        }
        return date;
    }

    private static String reasonOf(String reason, String problem) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            throw new InvalidReleaseRequest("reason", problem + " (up to " + REASON_MAX + " characters)");
        }
        return reason.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ReleaseKind kind() {
        return kind;
    }

    public ReleaseStatus status() {
        return status;
    }

    /** The date it is planned for now (after any move). */
    public LocalDate plannedDate() {
        return plannedDate;
    }

    public Optional<LocalDate> actualDate() {
        return Optional.ofNullable(actualDate);
    }

    /** The date it was first planned for. */
    public LocalDate originalDate() {
        return events.stream().filter(e -> e.kind() == ReleaseEvent.Kind.PROPOSED).findFirst()
                .flatMap(ReleaseEvent::toDate).orElse(plannedDate);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** The history, oldest first. */
    public List<ReleaseEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The moves, oldest first. */
    public List<ReleaseEvent> moves() {
        return events.stream().filter(e -> e.kind() == ReleaseEvent.Kind.MOVED).toList();
    }
}
