package uk.secgov.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One line of a meeting's record: an attendance, an agenda item, a minute or the cancellation. Nothing is edited: a
 * member's later attendance entry replaces their earlier one, and a corrected minute or agenda item is a new entry that
 * names the one it supersedes.
 */
@Entity
@Immutable
@Table(name = "meeting_entry")
public class MeetingEntry {

    static final int TEXT_MAX = 4000;
    static final int SUBJECT_MAX = 40;

    /** What the line records. */
    public enum Kind {
        ATTENDANCE, AGENDA_ITEM, MINUTE, CANCELLATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** A member's appointment (attendance of a member). */
    @Column
    private Long appointment;

    @Column(name = "person_name", length = Membership.PERSON_MAX)
    private String personName;

    @Column(length = 200)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    @Column(length = TEXT_MAX)
    private String text;

    @Column(name = "subject_reference", length = SUBJECT_MAX)
    private String subjectReference;

    @Column(name = "supersedes_entry_id")
    private Long supersedes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected MeetingEntry() {
    }

    private static MeetingEntry of(long meetingId, Kind kind, Instant at, String by) {
        MeetingEntry e = new MeetingEntry();
        e.meetingId = meetingId;
        e.kind = kind;
        e.recordedAt = at;
        e.recordedBy = by;
        return e;
    }

    static MeetingEntry memberAttendance(long meetingId, Membership member, Attendance attendance, Instant at,
            String by) {
        MeetingEntry e = of(meetingId, Kind.ATTENDANCE, at, by);
        e.appointment = member.appointment();
        e.personName = member.personName();
        e.attendance = attendance;
        return e;
    }

    static MeetingEntry observer(long meetingId, String name, String organisation, Instant at, String by) {
        MeetingEntry e = of(meetingId, Kind.ATTENDANCE, at, by);
        e.personName = name;
        e.organisation = organisation;
        e.attendance = Attendance.OBSERVER;
        return e;
    }

    static MeetingEntry agendaItem(long meetingId, String title, String subjectReference, Long supersedes,
            Instant at, String by) {
        MeetingEntry e = of(meetingId, Kind.AGENDA_ITEM, at, by);
        e.text = title;
        e.subjectReference = subjectReference;
        e.supersedes = supersedes;
        return e;
    }

    static MeetingEntry minute(long meetingId, String text, Long supersedes, Instant at, String by) {
        MeetingEntry e = of(meetingId, Kind.MINUTE, at, by);
        e.text = text;
        e.supersedes = supersedes;
        return e;
    }

    static MeetingEntry cancellation(long meetingId, String reason, Instant at, String by) {
        MeetingEntry e = of(meetingId, Kind.CANCELLATION, at, by);
        e.text = reason;
        return e;
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Long> appointment() {
        return Optional.ofNullable(appointment);
    }

    public String personName() {
        return personName;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Attendance attendance() {
        return attendance;
    }

    public String text() {
        return text;
    }

    public Optional<String> subjectReference() {
        return Optional.ofNullable(subjectReference);
    }

    public Optional<Long> supersedes() {
        return Optional.ofNullable(supersedes);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
