package uk.secgov.meeting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.platform.time.UkFormat;

/**
 * A meeting with everything recorded on it. Each step is a guarded verb that refuses ({@link MeetingRefused} for a
 * cancelled meeting, {@link InvalidMeetingRequest} for what is missing or wrong) or returns the entry to append; it
 * changes nothing itself.
 */
public record MeetingRecord(Meeting meeting, List<MeetingEntry> entries) {

    public MeetingRecord {
        entries = List.copyOf(entries);
    }

    public boolean cancelled() {
        return entries.stream().anyMatch(e -> e.kind() == MeetingEntry.Kind.CANCELLATION);
    }

    /** Each member's latest attendance entry, and each observer's, in the order first recorded. */
    public List<MeetingEntry> attendance() {
        Map<String, MeetingEntry> latest = new LinkedHashMap<>();
        entries.stream().filter(e -> e.kind() == MeetingEntry.Kind.ATTENDANCE).forEach(e -> latest.put(
                e.appointment().map(a -> "member " + a).orElse("observer " + e.personName()), e));
        return List.copyOf(latest.values());
    }

    /** The appointments of the members recorded as present. */
    public Set<Long> present() {
        return attendance().stream().filter(e -> e.attendance() == Attendance.PRESENT)
                .map(e -> e.appointment().orElseThrow()).collect(Collectors.toSet());
    }

    /** The agenda items as they stand (a correction in place of the item it supersedes). */
    public List<MeetingEntry> agenda() {
        return standing(MeetingEntry.Kind.AGENDA_ITEM);
    }

    public List<MeetingEntry> minutes() {
        return standing(MeetingEntry.Kind.MINUTE);
    }

    private List<MeetingEntry> standing(MeetingEntry.Kind kind) {
        Set<Long> superseded = entries.stream().flatMap(e -> e.supersedes().stream()).collect(Collectors.toSet());
        return entries.stream().filter(e -> e.kind() == kind && !superseded.contains(e.id())).toList();
    }

    public MeetingEntry attend(Membership member, Attendance attendance, Instant at, String by) {
        open("record attendance at");
        if (attendance == null || attendance == Attendance.OBSERVER) {
            throw new InvalidMeetingRequest("attendance", "Say whether " + member.personName()
                    + " was present or sent apologies (observers are recorded by name).");
        }
        if (!member.bodyKey().equals(meeting.bodyKey()) || !member.inTermOn(meeting.date())) {
            throw new InvalidMeetingRequest("member", member.personName() + " is not a member of this body on "
                    + UkFormat.WORDS.format(meeting.date()) + ".");
        }
        return MeetingEntry.memberAttendance(meeting.id(), member, attendance, at, by);
    }

    public MeetingEntry observe(String name, String organisation, Instant at, String by) {
        open("record attendance at");
        return MeetingEntry.observer(meeting.id(), required("name", name, Membership.PERSON_MAX),
                optional("organisation", organisation, 200), at, by);
    }

    /** An agenda item, or ({@code supersedes}) a correction of one. */
    public MeetingEntry agendaItem(String title, String subjectReference, Long supersedes, Instant at, String by) {
        open("change the agenda of");
        return MeetingEntry.agendaItem(meeting.id(), required("title", title, MeetingEntry.TEXT_MAX),
                optional("subjectReference", subjectReference, MeetingEntry.SUBJECT_MAX), standingEntry(MeetingEntry.Kind.AGENDA_ITEM, supersedes), at, by);
    }

    /** A minute, or ({@code supersedes}) a correction of one. */
    public MeetingEntry minute(String text, Long supersedes, Instant at, String by) {
        open("minute");
        return MeetingEntry.minute(meeting.id(), required("text", text, MeetingEntry.TEXT_MAX),
                standingEntry(MeetingEntry.Kind.MINUTE, supersedes), at, by);
    }

    public MeetingEntry cancel(String reason, Instant at, String by) {
        open("cancel");
        return MeetingEntry.cancellation(meeting.id(), required("reason", reason, MeetingEntry.TEXT_MAX), at, by);
    }

    private void open(String step) {
        if (cancelled()) {
            throw new MeetingRefused("You cannot " + step + " " + meeting.title() + ": it was cancelled.");
        }
    }

    private Long standingEntry(MeetingEntry.Kind kind, Long id) {
        if (id != null && standing(kind).stream().noneMatch(e -> id.equals(e.id()))) {
            throw new InvalidMeetingRequest("supersedes", "Entry " + id + " is not a standing "
                    + (kind == MeetingEntry.Kind.MINUTE ? "minute" : "agenda item") + " of " + meeting.title() + ".");
        }
        return id;
    }

    static String required(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidMeetingRequest(field, "Give the " + field + ".");
        }
        if (text.strip().length() > max) {
            throw new InvalidMeetingRequest(field, "The " + field + " has at most " + max + " characters.");
        }
        return text.strip();
    }

    static String optional(String field, String text, int max) {
        return text == null || text.isBlank() ? null : required(field, text, max);
    }
}
