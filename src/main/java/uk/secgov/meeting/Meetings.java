package uk.secgov.meeting;

import java.util.List;
import java.util.Optional;

/** Meetings and what is recorded at them: only ever added to. */
public interface Meetings {

    Meeting add(Meeting meeting);

    MeetingEntry add(MeetingEntry entry);

    Optional<Meeting> meeting(long id);

    /** The meeting's entries, oldest first. */
    List<MeetingEntry> entries(long meetingId);

    /** The body's meetings, latest first. */
    List<Meeting> ofBody(String bodyKey);
}
