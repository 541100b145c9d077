package uk.secgov.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One record of a person's appointment to a seat on a body for a term: a person who signs in (their username) or just
 * a name. Append-only: a correction or a change of term is a new record of the same {@code appointment} with the next
 * {@code revision}, which supersedes the earlier one; {@code struck} says the appointment was recorded in error or
 * ended before it began. Votes and attendance name the appointment, so they survive a correction of its term.
 */
@Entity
@Immutable
@Table(name = "body_membership")
public class Membership {

    static final int PERSON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long appointment;

    @Column(nullable = false)
    private int revision;

    @Column(name = "body_key", nullable = false, length = 20)
    private String bodyKey;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    @Column(length = 100)
    private String username;

    @Column(name = "person_name", nullable = false, length = PERSON_MAX)
    private String personName;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to")
    private LocalDate termTo;

    @Column(nullable = false)
    private boolean struck;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Membership() {
    }

    /** The first record of an appointment, or (revision above 1) one that supersedes the appointment's last. */
    static Membership of(long appointment, int revision, Seat seat, String username, String personName,
            LocalDate termFrom, LocalDate termTo, boolean struck, Instant at, String by) {
        Membership m = new Membership();
        m.appointment = appointment;
        m.revision = revision;
        m.bodyKey = seat.bodyKey();
        m.seatId = seat.id();
        m.username = username;
        m.personName = personName;
        m.termFrom = termFrom;
        m.termTo = termTo;
        m.struck = struck;
        m.recordedAt = at;
        m.recordedBy = by;
        return m;
    }

    /** The next record of this appointment: the same seat and person unless given, each change kept. */
    Membership superseded(Seat seat, String username, String personName, LocalDate from, LocalDate to,
            boolean strike, Instant at, String by) {
        return of(appointment, revision + 1, seat, username, personName, from, to, strike, at, by);
    }

    /** Whether the person holds the seat on that day (terms include both ends; no end: still serving). */
    public boolean inTermOn(LocalDate day) {
        return !struck && !day.isBefore(termFrom) && (termTo == null || !day.isAfter(termTo));
    }

    /** Whether this is the person who signs in with that username. */
    public boolean isHeldBy(String signedIn) {
        return username != null && signedIn != null && username.equalsIgnoreCase(signedIn);
    }

    public Long id() {
        return id;
    }

    public long appointment() {
        return appointment;
    }

    public int revision() {
        return revision;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public long seatId() {
        return seatId;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public String personName() {
        return personName;
    }

    public LocalDate termFrom() {
        return termFrom;
    }

    public Optional<LocalDate> termTo() {
        return Optional.ofNullable(termTo);
    }

    public boolean struck() {
        return struck;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
