package uk.secgov.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.Immutable;
import uk.secgov.platform.time.UkFormat;

/**
 * A meeting of a body, on a day at a time in UK time. What happens at it (attendance, agenda, minutes, a cancellation)
 * is appended as {@link MeetingEntry entries}; the meeting row itself never changes.
 */
@Entity
@Immutable
@Table(name = "meeting")
public class Meeting {

    static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_key", nullable = false, length = 20)
    private String bodyKey;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    protected Meeting() {
    }

    static Meeting of(String bodyKey, String title, LocalDate date, LocalTime startsAt, Instant at, String by) {
        Meeting m = new Meeting();
        m.bodyKey = bodyKey;
        m.title = title;
        m.meetingDate = date;
        m.startsAt = startsAt;
        m.scheduledAt = at;
        m.scheduledBy = by;
        return m;
    }

    /** The moment it starts: its day and time read in UK time. */
    public Instant start() {
        return meetingDate.atTime(startsAt).atZone(UkFormat.ZONE).toInstant();
    }

    public Long id() {
        return id;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return meetingDate;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String scheduledBy() {
        return scheduledBy;
    }
}
