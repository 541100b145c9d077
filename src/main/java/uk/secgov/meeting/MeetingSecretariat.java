package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.secgov.platform.security.Allowed;

/**
 * SECAS, as secretariat, keeps a meeting's record: schedules it, records who attended (members present or with
 * apologies, observers by name), adds agenda items and minutes (a correction supersedes), or cancels it.
 */
@ApplicationScoped
@Transactional
public class MeetingSecretariat {

    @Inject
    Bodies bodies;

    @Inject
    Meetings meetings;

    @Inject
    MeetingLedger ledger;

    public MeetingSecretariat() {
    }

    public MeetingSecretariat(Bodies bodies, Meetings meetings, MeetingLedger ledger) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.ledger = ledger;
    }

    /** A meeting of the body on a day, starting at a time in UK time. */
    @Allowed("secas")
    public Meeting schedule(String bodyKey, String title, LocalDate date, LocalTime startsAt) {
        Body body = ledger.body(bodyKey);
        if (date == null || startsAt == null) {
            throw new InvalidMeetingRequest("date", "Give the meeting's day and the time it starts.");
        }
        return meetings.add(Meeting.of(body.key(), MeetingRecord.required("title", title, Meeting.TITLE_MAX), date,
                startsAt, ledger.now(), ledger.actor()));
    }

    @Allowed("secas")
    public MeetingEntry attendance(long meetingId, long appointment, Attendance attendance) {
        MeetingRecord m = ledger.meeting(meetingId);
        Membership member = new Memberships(bodies.memberships(m.meeting().bodyKey())).appointment(appointment)
                .orElseThrow(() -> new InvalidMeetingRequest("member", "Appointment " + appointment
                        + " is not a member of this body: record a visitor as an observer."));
        return meetings.add(m.attend(member, attendance, ledger.now(), ledger.actor()));
    }

    /** Someone who is not a member (SECAS, the DCC, Ofgem): by name and organisation. */
    @Allowed("secas")
    public MeetingEntry observer(long meetingId, String name, String organisation) {
        return meetings.add(ledger.meeting(meetingId).observe(name, organisation, ledger.now(), ledger.actor()));
    }

    /** An agenda item about a subject (a case or submission reference), or a correction of one. */
    @Allowed("secas")
    public MeetingEntry agendaItem(long meetingId, String title, String subjectReference, Long supersedes) {
        return meetings.add(ledger.meeting(meetingId).agendaItem(title, subjectReference, supersedes, ledger.now(),
                ledger.actor()));
    }

    @Allowed("secas")
    public MeetingEntry minute(long meetingId, String text, Long supersedes) {
        return meetings.add(ledger.meeting(meetingId).minute(text, supersedes, ledger.now(), ledger.actor()));
    }

    @Allowed("secas")
    public MeetingEntry cancel(long meetingId, String reason) {
        return meetings.add(ledger.meeting(meetingId).cancel(reason, ledger.now(), ledger.actor()));
    }

    /** The meeting with everything recorded at it, for SECAS and the body's members (to anyone else: unknown). */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingRecord record(long meetingId) {
        MeetingRecord record = ledger.meeting(meetingId);
        if (!ledger.follows(record.meeting().bodyKey())) {
            throw new UnknownMeeting("#" + meetingId);
        }
        return record;
    }

}
