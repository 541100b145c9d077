package uk.secgov.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import uk.secgov.meeting.Attendance;
import uk.secgov.meeting.Body;
import uk.secgov.meeting.BodyMembers;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.MeetingEntry;
import uk.secgov.meeting.MeetingRecord;
import uk.secgov.meeting.MeetingSecretariat;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.Seat;
import uk.secgov.meeting.VoteRoundRecord;
import uk.secgov.meeting.Voter;
import uk.secgov.platform.web.PageAction;

/**
 * {@code /meetings/meeting.xhtml?id=}: a meeting's record as it stands (details, attendance, agenda, minutes with the
 * superseded ones marked, vote rounds with their votes and outcomes), read again after each change. The forms on it
 * are {@link MeetingRecordForm} and {@link VoteRoundForm}.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MeetingSecretariat secretariat;

    @Inject
    transient MeetingBook book;

    @Inject
    transient BodyMembers members;

    @Inject
    transient SecurityContext security;

    private Long id;
    private transient MeetingRecord record;
    private transient Body body;
    private transient List<VoteRoundRecord> rounds;
    private transient List<Membership> bodyMembers;
    private transient List<Seat> seats;

    public void load() throws IOException {
        PageAction.loadOrNotFound(() -> {
            if (id == null) {
                throw new uk.secgov.meeting.UnknownMeeting("(no id)");
            }
            getRecord();
        }, "There is no such meeting.");
    }

    public MeetingRecord getRecord() {
        if (record == null && id != null) {
            record = secretariat.record(id);
        }
        return record;
    }

    public Meeting getMeeting() {
        return getRecord() == null ? null : getRecord().meeting();
    }

    /** SECAS, on a meeting that is not cancelled: the forms are shown. */
    public boolean isSecretary() {
        return security.isCallerInRole("secas") && getRecord() != null && !getRecord().cancelled();
    }

    public String seatName(long seatId) {
        if (seats == null) {
            seats = members.seats(getMeeting().bodyKey());
        }
        return seats.stream().filter(s -> s.id() == seatId).map(Seat::name).findFirst().orElse("");
    }

    public Body getBody() {
        if (body == null && getRecord() != null) {
            String key = getRecord().meeting().bodyKey();
            body = members.bodies().stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
        }
        return body;
    }

    public List<VoteRoundRecord> getRounds() {
        if (rounds == null) {
            rounds = id == null ? List.of() : book.rounds(id);
        }
        return rounds;
    }

    public List<VoteRoundRecord> getOpenRounds() {
        return getRounds().stream().filter(r -> !r.closed()).toList();
    }

    /** The body's members in term on the meeting's day, with their attendance so far. */
    public List<Membership> getMembers() {
        if (bodyMembers == null) {
            bodyMembers = members.members(getRecord().meeting().bodyKey()).stream()
                    .filter(m -> m.inTermOn(getRecord().meeting().date())).toList();
        }
        return bodyMembers;
    }

    /** How the member is recorded at the meeting: {@code Present}, {@code Apologies} or {@code Not recorded}. */
    public String attendanceOf(long appointment) {
        return getRecord().attendance().stream().filter(e -> e.appointment().filter(a -> a == appointment).isPresent())
                .findFirst().map(e -> e.attendance().label()).orElse("Not recorded");
    }

    public List<MeetingEntry> getObservers() {
        return getRecord().attendance().stream().filter(e -> e.attendance() == Attendance.OBSERVER).toList();
    }

    /** Every agenda item, superseded ones too (marked), oldest first. */
    public List<MeetingEntry> getAgendaHistory() {
        return ofKind(MeetingEntry.Kind.AGENDA_ITEM);
    }

    public List<MeetingEntry> getMinutesHistory() {
        return ofKind(MeetingEntry.Kind.MINUTE);
    }

    private List<MeetingEntry> ofKind(MeetingEntry.Kind kind) {
        return getRecord().entries().stream().filter(e -> e.kind() == kind).toList();
    }

    /** The entry that supersedes this one, if any. */
    public Optional<MeetingEntry> supersededBy(MeetingEntry entry) {
        return getRecord().entries().stream().filter(e -> e.supersedes().filter(s -> s.equals(entry.id())).isPresent())
                .findFirst();
    }

    public Optional<MeetingEntry> getCancellation() {
        return getRecord().entries().stream().filter(e -> e.kind() == MeetingEntry.Kind.CANCELLATION).findFirst();
    }

    /** The members present on a voting seat with no vote yet in the round: the rows SECAS records. */
    public List<Voter> toRecord(VoteRoundRecord round) {
        return round.entitled().stream().filter(v -> round.latestVotes().stream()
                .noneMatch(c -> c.appointment() == v.appointment())).toList();
    }

    /** After a change: everything is read again. */
    void refresh() {
        record = null;
        rounds = null;
        bodyMembers = null;
    }

    /** This page again, with its id (a reload does not post again). */
    String again() {
        return "/meetings/meeting?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
