package uk.secgov.meeting.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.secgov.meeting.AggregationKind;
import uk.secgov.meeting.Attendance;
import uk.secgov.meeting.Body;
import uk.secgov.meeting.BodyMembers;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.MeetingSecretariat;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.QuorumKind;
import uk.secgov.meeting.RecordedVote;
import uk.secgov.meeting.Seat;
import uk.secgov.meeting.VoteChoice;
import uk.secgov.meeting.VoteRound;
import uk.secgov.meeting.VoteRoundSecretariat;
import uk.secgov.meeting.VotingRules;
import uk.secgov.party.PartyCategory;

/**
 * In demo mode ({@code secgov.demo}): members on the Change Board's seats (the demo user {@code changeboard}, Chris
 * Board of Bright Energy, on Large Supplier 1; the others by name only), the Panel with its seats, members (the demo
 * user {@code panel}, Pat Chair, in the chair) and an assumed Fast-Track rule, a few CSC members; the Panel meeting of
 * Friday 11 October 2019 that approved MP087's Fast-Track unanimously, and a Change Board meeting with an open round
 * on MP168's Modification Report. Recorded through the services as the application; only what is missing is added.
 */
@Singleton
@Startup
@DependsOn({"ProcessEngineBootstrap", "DemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MeetingDemoData {

    static final LocalDate TERMS_FROM = LocalDate.of(2018, 1, 1);
    static final String PANEL_MEETING = "SEC Panel, 11 October 2019";
    static final String BOARD_MEETING = "Change Board, 26 January 2022 (demo)";
    static final String CSC = "CSC";
    private static final Logger LOG = Logger.getLogger(MeetingDemoData.class.getName());

    /** A seat to have, and who holds it: a username for a demo user who signs in, else none. */
    private record Holder(String seat, PartyCategory category, String username, String name) {
    }

    private static final List<Holder> CHANGE_BOARD = List.of(
            new Holder("Large Supplier 1", PartyCategory.LARGE_SUPPLIER, "changeboard", "Chris Board"),
            new Holder("Large Supplier 2", PartyCategory.LARGE_SUPPLIER, null, "Lena Watts"),
            new Holder("Small Supplier 1", PartyCategory.SMALL_SUPPLIER, null, "Priya Shah"),
            new Holder("Small Supplier 2", PartyCategory.SMALL_SUPPLIER, null, "Tom Hughes"),
            new Holder("Electricity Network", PartyCategory.ELECTRICITY_NETWORK_OPERATOR, null, "Gareth Evans"),
            new Holder("Gas Network", PartyCategory.GAS_NETWORK_OPERATOR, null, "Fiona Grant"),
            new Holder("Other SEC Party 1", PartyCategory.OTHER_SEC_PARTY, null, "Omar Clarke"),
            new Holder("Consumer", null, null, "Helen Price"),
            new Holder("DCC", PartyCategory.DCC, null, "Dan Carter"));

    private static final List<Holder> PANEL = List.of(
            new Holder("Panel Chair", null, "panel", "Pat Chair"),
            new Holder("Large Supplier Member", PartyCategory.LARGE_SUPPLIER, null, "Rachel Lowe"),
            new Holder("Small Supplier Member", PartyCategory.SMALL_SUPPLIER, null, "Ian Patel"),
            new Holder("Electricity Network Member", PartyCategory.ELECTRICITY_NETWORK_OPERATOR, null, "Mark Jones"),
            new Holder("Gas Network Member", PartyCategory.GAS_NETWORK_OPERATOR, null, "Claire Wood"),
            new Holder("Other SEC Party Member", PartyCategory.OTHER_SEC_PARTY, null, "Ben Taylor"),
            new Holder("Consumer Member", null, null, "Nadia Rahman"));

    private static final List<Holder> CSC_MEMBERS = List.of(
            new Holder("CSC Chair", null, null, "Alison Reed"),
            new Holder("Supplier Member 1", PartyCategory.LARGE_SUPPLIER, null, "Josh Bennett"),
            new Holder("Supplier Member 2", PartyCategory.SMALL_SUPPLIER, null, "Maya Collins"),
            new Holder("Network Member", PartyCategory.ELECTRICITY_NETWORK_OPERATOR, null, "Kieran Doyle"),
            new Holder("DCC Member", PartyCategory.DCC, null, "Ruth Ellis"));

    @Inject
    MeetingBook book;

    @Inject
    BodyMembers members;

    @Inject
    VotingRules rules;

    @Inject
    MeetingSecretariat meetings;

    @Inject
    VoteRoundSecretariat rounds;

    @PostConstruct
    void seed() {
        if (!Boolean.parseBoolean(System.getProperty("secgov.demo", "false"))) {
            return;
        }
        seat(Body.CHANGE_BOARD, CHANGE_BOARD);
        seat(Body.PANEL, PANEL);
        seat(CSC, CSC_MEMBERS);
        panelRule();
        panelMeeting();
        boardMeeting();
        LOG.info("Demo mode: the bodies' demo members and meetings are in place");
    }

    /** Adds the seats the body lacks and appoints each holder who has no appointment on it yet. */
    private void seat(String bodyKey, List<Holder> holders) {
        for (Holder h : holders) {
            Seat seat = seatNamed(bodyKey, h.seat())
                    .orElseGet(() -> members.addSeat(bodyKey, h.seat(), h.category()));
            if (member(bodyKey, h.name()).isEmpty()) {
                members.appoint(new BodyMembers.Appointment(seat.id(), h.username(), h.name(), TERMS_FROM, null));
            }
        }
    }

    private Optional<Seat> seatNamed(String bodyKey, String name) {
        return book.body(bodyKey).seats().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Optional<Membership> member(String bodyKey, String name) {
        return book.body(bodyKey).memberships().current().stream().filter(m -> m.personName().equals(name))
                .findFirst();
    }

    private long appointment(String bodyKey, String name) {
        return member(bodyKey, name).orElseThrow().appointment();
    }

    /** ASSUMED (docs/meetings-and-votes.md): every Panel seat votes; unanimity of the members present decides. */
    private void panelRule() {
        if (!book.body(Body.PANEL).ruleVersions().isEmpty()) {
            return;
        }
        List<Long> seats = PANEL.stream().map(h -> seatNamed(Body.PANEL, h.seat()).orElseThrow().id()).toList();
        rules.newVersion(Body.PANEL, new VotingRules.RuleConfiguration(TERMS_FROM,
                List.of(new VotingRules.GroupSeats("Panel members", seats)), QuorumKind.MAJORITY_OF_MEMBERS,
                AggregationKind.UNANIMITY_OF_PRESENT, "Assumed for the demo (Fast-Track: unanimity of the members"
                        + " present), to be confirmed against the Code"));
    }

    private boolean scheduled(String bodyKey, String title) {
        return book.meetings(bodyKey, false).stream().anyMatch(m -> m.title().equals(title))
                || book.meetings(bodyKey, true).stream().anyMatch(m -> m.title().equals(title));
    }

    /** The meeting that approved MP087 as a Fast-Track Modification, every member present approving. */
    private void panelMeeting() {
        if (scheduled(Body.PANEL, PANEL_MEETING)) {
            return;
        }
        Meeting meeting = meetings.schedule(Body.PANEL, PANEL_MEETING, LocalDate.of(2019, 10, 11), LocalTime.of(10, 0));
        List<RecordedVote> votes = new ArrayList<>();
        for (Holder h : PANEL) {
            boolean present = !h.name().equals("Ben Taylor") && !h.name().equals("Nadia Rahman");
            long appointment = appointment(Body.PANEL, h.name());
            meetings.attendance(meeting.id(), appointment, present ? Attendance.PRESENT : Attendance.APOLOGIES);
            if (present) {
                votes.add(new RecordedVote(appointment, VoteChoice.APPROVE));
            }
        }
        meetings.observer(meeting.id(), "Sam Analyst", "SECAS");
        meetings.agendaItem(meeting.id(), "MP087 Fast-Track", "MP087", null);
        VoteRound round = rounds.open(Body.PANEL, "Approve MP087 as a Fast-Track Modification?", "MP087",
                meeting.id());
        rounds.recordMeetingVotes(round.id(), votes);
        rounds.close(round.id());
        meetings.minute(meeting.id(), "The Panel approved MP087 as a Fast-Track Modification, every member present"
                + " approving; the objection window of 15 Working Days follows.", null);
    }

    /** A Change Board meeting with the round on MP168's Modification Report open: no votes yet. */
    private void boardMeeting() {
        if (scheduled(Body.CHANGE_BOARD, BOARD_MEETING)) {
            return;
        }
        Meeting meeting = meetings.schedule(Body.CHANGE_BOARD, BOARD_MEETING, LocalDate.of(2022, 1, 26),
                LocalTime.of(10, 0));
        for (Holder h : CHANGE_BOARD) {
            boolean present = !h.name().equals("Tom Hughes") && !h.name().equals("Fiona Grant");
            meetings.attendance(meeting.id(), appointment(Body.CHANGE_BOARD, h.name()),
                    present ? Attendance.PRESENT : Attendance.APOLOGIES);
        }
        meetings.observer(meeting.id(), "Sam Analyst", "SECAS");
        meetings.agendaItem(meeting.id(), "MP168 Modification Report", "MP168", null);
        rounds.open(Body.CHANGE_BOARD, "Approve the MP168 Modification Report (CPL Security Improvements)?", "MP168",
                meeting.id());
    }
}
