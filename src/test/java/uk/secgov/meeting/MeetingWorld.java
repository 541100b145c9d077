package uk.secgov.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Caller;
import uk.secgov.platform.security.Callers;
import uk.secgov.testing.Ids;
import uk.secgov.testing.SettableClock;
import uk.secgov.testing.SyncEvent;

/**
 * The meeting feature over in-memory stores, with the bodies and the Change Board's seats and rule version 1 as the
 * V40 migration seeds them, a clock on Tuesday 12 May 2026 and a caller a test chooses (SECAS unless told).
 */
final class MeetingWorld implements Bodies, Meetings, VoteRounds {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    final SettableClock clock = new SettableClock(Instant.parse("2026-05-12T09:00:00Z"));
    final SyncEvent<VoteRoundClosed> closedEvents = new SyncEvent<>();
    Caller caller = Caller.person("secas.sam", List.of("secas"));

    private final Ids ids = new Ids(0);
    private final AtomicLong appointments = new AtomicLong();
    private final Map<String, Body> bodies = new LinkedHashMap<>();
    private final List<Seat> seats = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final List<VotingRuleVersion> versions = new ArrayList<>();
    final List<Meeting> meetings = new ArrayList<>();
    final List<MeetingEntry> entries = new ArrayList<>();
    final List<VoteRound> rounds = new ArrayList<>();
    final List<CastVote> casts = new ArrayList<>();
    final List<RoundOutcome> outcomes = new ArrayList<>();

    final MeetingLedger ledger = new MeetingLedger(this, this, this, new Callers() {
        @Override
        public Caller current() {
            return caller;
        }
    }, clock);
    final BodyMembers members = new BodyMembers(this, ledger);
    final VotingRules rules = new VotingRules(this, ledger);
    final MeetingSecretariat secretariat = new MeetingSecretariat(this, this, ledger);
    final VoteRoundSecretariat roundSecretariat = new VoteRoundSecretariat(this, this, ledger, closedEvents);
    final MemberVoting voting = new MemberVoting(this, ledger);

    MeetingWorld() {
        for (String[] b : new String[][] {{"PANEL", "SEC Panel"}, {"CHANGE_BOARD", "Change Board"},
                {"CSC", "Change Sub-Committee"}, {"SSC", "Security Sub-Committee"}}) {
            bodies.put(b[0], Body.of(b[0], b[1]));
        }
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        seat(groups, "Large Supplier", "Large Supplier 1", PartyCategory.LARGE_SUPPLIER);
        seat(groups, "Large Supplier", "Large Supplier 2", PartyCategory.LARGE_SUPPLIER);
        seat(groups, "Small Supplier", "Small Supplier 1", PartyCategory.SMALL_SUPPLIER);
        seat(groups, "Small Supplier", "Small Supplier 2", PartyCategory.SMALL_SUPPLIER);
        seat(groups, "Network Parties", "Electricity Network", PartyCategory.ELECTRICITY_NETWORK_OPERATOR);
        seat(groups, "Network Parties", "Gas Network", PartyCategory.GAS_NETWORK_OPERATOR);
        seat(groups, "Other SEC Parties", "Other SEC Party 1", PartyCategory.OTHER_SEC_PARTY);
        seat(groups, "Other SEC Parties", "Other SEC Party 2", PartyCategory.OTHER_SEC_PARTY);
        seat(groups, "Consumer", "Consumer", null);
        add(Seat.of(Body.CHANGE_BOARD, "DCC", PartyCategory.DCC, clock.instant(), "V40"));
        rules.newVersion(Body.CHANGE_BOARD, new VotingRules.RuleConfiguration(LocalDate.of(2018, 1, 1),
                groups.entrySet().stream().map(e -> new VotingRules.GroupSeats(e.getKey(), e.getValue())).toList(),
                QuorumKind.MAJORITY_OF_GROUPS, AggregationKind.GROUP_MAJORITY, "Assumed default"));
    }

    private void seat(Map<String, List<Long>> groups, String group, String name, PartyCategory category) {
        Seat s = add(Seat.of(Body.CHANGE_BOARD, name, category, clock.instant(), "V40"));
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(s.id());
    }

    Seat seatNamed(String name) {
        return seats.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** A Change Board member on the named seat, signing in as {@code username}, from 2025 with no end. */
    Membership boardMember(String seat, String username, String name) {
        return members.appoint(new BodyMembers.Appointment(seatNamed(seat).id(), username, name,
                LocalDate.of(2025, 1, 1), null));
    }

    Meeting boardMeeting() {
        return secretariat.schedule(Body.CHANGE_BOARD, "Change Board 112", TODAY, LocalTime.of(10, 0));
    }

    void as(String username, String role) {
        caller = Caller.person(username, List.of(role));
    }

    void asSecas() {
        as("secas.sam", "secas");
    }

    @Override
    public Optional<Body> body(String key) {
        return Optional.ofNullable(bodies.get(key));
    }

    @Override
    public List<Body> all() {
        return List.copyOf(bodies.values());
    }

    @Override
    public List<Seat> seats(String bodyKey) {
        return seats.stream().filter(s -> s.bodyKey().equals(bodyKey)).toList();
    }

    @Override
    public Optional<Seat> seat(long id) {
        return seats.stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public List<Membership> memberships(String bodyKey) {
        return memberships.stream().filter(m -> m.bodyKey().equals(bodyKey)).toList();
    }

    @Override
    public long nextAppointment() {
        return appointments.incrementAndGet();
    }

    @Override
    public List<VotingRuleVersion> ruleVersions(String bodyKey) {
        return versions.stream().filter(v -> v.bodyKey().equals(bodyKey))
                .sorted(Comparator.comparingInt(VotingRuleVersion::version)).toList();
    }

    @Override
    public Optional<VotingRuleVersion> ruleVersion(long id) {
        return versions.stream().filter(v -> v.id() == id).findFirst();
    }

    @Override
    public Seat add(Seat seat) {
        seats.add(ids.assign(seat));
        return seat;
    }

    @Override
    public Membership add(Membership membership) {
        memberships.add(ids.assign(membership));
        return membership;
    }

    @Override
    public VotingRuleVersion add(VotingRuleVersion version) {
        versions.add(ids.assign(version));
        return version;
    }

    @Override
    public Meeting add(Meeting meeting) {
        meetings.add(ids.assign(meeting));
        return meeting;
    }

    @Override
    public MeetingEntry add(MeetingEntry entry) {
        entries.add(ids.assign(entry));
        return entry;
    }

    @Override
    public Optional<Meeting> meeting(long id) {
        return meetings.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public List<MeetingEntry> entries(long meetingId) {
        return entries.stream().filter(e -> e.meetingId() == meetingId).toList();
    }

    @Override
    public List<Meeting> ofBody(String bodyKey) {
        return meetings.stream().filter(m -> m.bodyKey().equals(bodyKey)).toList();
    }

    @Override
    public VoteRound add(VoteRound round) {
        rounds.add(ids.assign(round));
        return round;
    }

    @Override
    public CastVote add(CastVote vote) {
        if (casts.stream().anyMatch(c -> c.roundId() == vote.roundId() && c.appointment() == vote.appointment()
                && c.change() == vote.change())) {
            throw new IllegalStateException("vote_cast_change: the database refuses a second row with this number");
        }
        casts.add(ids.assign(vote));
        return vote;
    }

    @Override
    public RoundOutcome add(RoundOutcome outcome) {
        outcomes.add(ids.assign(outcome));
        return outcome;
    }

    @Override
    public Optional<VoteRound> round(long id) {
        return rounds.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public List<CastVote> casts(long roundId) {
        return casts.stream().filter(c -> c.roundId() == roundId).toList();
    }

    @Override
    public Optional<RoundOutcome> outcome(long roundId) {
        return outcomes.stream().filter(o -> o.roundId() == roundId).findFirst();
    }

    @Override
    public List<VoteRound> atMeeting(long meetingId) {
        return rounds.stream().filter(r -> r.meetingId().filter(m -> m == meetingId).isPresent()).toList();
    }

    @Override
    public List<VoteRound> open() {
        return rounds.stream().filter(r -> outcome(r.id()).isEmpty()).toList();
    }
}
