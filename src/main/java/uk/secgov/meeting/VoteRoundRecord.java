package uk.secgov.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.secgov.platform.time.UkFormat;

/**
 * A vote round with its rule version, every vote cast and its outcome once closed. Each step is a guarded verb that
 * refuses or returns what to append: a member votes only for themselves, on a voting seat, within their term (and at a
 * meeting, if recorded present), while the round is open; SECAS records a meeting's votes only for members present, each once; closing computes the
 * outcome by the round's rule.
 *
 * @param meeting the round's meeting, when it has one
 */
public record VoteRoundRecord(VoteRound round, VotingRuleVersion ruleVersion, List<CastVote> casts,
        Optional<RoundOutcome> outcome, Memberships members, Optional<MeetingRecord> meeting) {

    public VoteRoundRecord {
        casts = List.copyOf(casts);
    }

    public boolean closed() {
        return outcome.isPresent();
    }

    public VotingRule rule() {
        return ruleVersion.rule();
    }

    /** Each member's vote that counts: their latest. */
    public List<CastVote> latestVotes() {
        Map<Long, CastVote> latest = new LinkedHashMap<>();
        casts.forEach(v -> latest.merge(v.appointment(), v, (a, b) -> b.change() > a.change() ? b : a));
        return List.copyOf(latest.values());
    }

    /** Who may vote: members on a voting seat in term on the round's day and, at a meeting, recorded present. */
    public List<Voter> entitled() {
        List<Voter> voters = members.entitledOn(round.roundDate(), rule());
        return meeting.map(m -> voters.stream().filter(v -> m.present().contains(v.appointment())).toList())
                .orElse(voters);
    }

    /** The outcome if the round closed now. */
    public VoteOutcome count() {
        return rule().outcome(entitled(), latestVotes().stream().map(CastVote::ballot).toList());
    }

    /**
     * The appointment by which the signed-in person votes in this round: one they hold on the body (not struck out),
     * the one entitled on the round's day if there is one (at a meeting: present), else none.
     */
    public Optional<Membership> heldBy(String signedIn) {
        List<Membership> held = members.current().stream().filter(m -> m.bodyKey().equals(round.bodyKey())
                && !m.struck() && m.isHeldBy(signedIn)).toList();
        Set<Long> entitled = new HashSet<>(entitled().stream().map(Voter::appointment).toList());
        return held.stream().filter(m -> entitled.contains(m.appointment())).findFirst()
                .or(() -> held.stream().findFirst());
    }

    /** The signed-in member casts or changes their own vote. */
    public CastVote cast(String signedIn, long appointment, VoteChoice choice, Instant at) {
        requireOpen();
        Membership member = member(appointment);
        if (!member.isHeldBy(signedIn)) {
            throw new NotYourVote("You may cast or change only your own vote; " + member.personName()
                    + "'s is theirs (or SECAS's, from a meeting).");
        }
        mayVote(member, choice);
        meeting.filter(m -> !m.present().contains(appointment)).ifPresent(m -> {
            throw new InvalidMeetingRequest("votes", member.personName() + " is not recorded as present at "
                    + m.meeting().title() + ": at a meeting, the members present vote.");
        });
        return CastVote.of(round.id(), member, choice, CastVote.Source.MEMBER, changes(appointment) + 1, at, signedIn);
    }

    /** SECAS records the votes taken at the round's meeting: members present, on voting seats, each once. */
    public List<CastVote> recordAtMeeting(List<RecordedVote> votes, Instant at, String by) {
        requireOpen();
        MeetingRecord m = meeting.orElseThrow(() -> new MeetingRefused("The round \"" + round.question()
                + "\" is not at a meeting: members cast their own votes."));
        if (votes == null || votes.isEmpty()) {
            throw new InvalidMeetingRequest("votes", "Record at least one vote.");
        }
        List<CastVote> recorded = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (RecordedVote v : votes) {
            Membership member = member(v.appointment());
            mayVote(member, v.choice());
            if (!m.present().contains(member.appointment())) {
                throw new InvalidMeetingRequest("votes", member.personName() + " is not recorded as present at "
                        + m.meeting().title() + ".");
            }
            if (!seen.add(member.appointment()) || changes(member.appointment()) > 0) {
                throw new InvalidMeetingRequest("votes", member.personName() + " already has a vote in this round.");
            }
            recorded.add(CastVote.of(round.id(), member, v.choice(), CastVote.Source.MEETING, 1, at, by));
        }
        return recorded;
    }

    /** Closes the round: its outcome, by the rule version it names, with the working. */
    public RoundOutcome close(Instant at, String by) {
        requireOpen();
        return RoundOutcome.of(round, ruleVersion, count(), at, by);
    }

    private void requireOpen() {
        if (closed()) {
            throw new MeetingRefused("The round \"" + round.question() + "\" is closed: its outcome is on record.");
        }
    }

    private Membership member(long appointment) {
        return members.appointment(appointment).filter(m -> m.bodyKey().equals(round.bodyKey()))
                .orElseThrow(() -> new InvalidMeetingRequest("votes", "Appointment " + appointment
                        + " is not a member of this body."));
    }

    private void mayVote(Membership member, VoteChoice choice) {
        if (choice == null) {
            throw new InvalidMeetingRequest("votes", "Say how " + member.personName()
                    + " votes: approve, reject or abstain.");
        }
        if (!member.inTermOn(round.roundDate())) {
            throw new InvalidMeetingRequest("votes", member.personName() + " is not a member on "
                    + UkFormat.WORDS.format(round.roundDate()) + ", the round's day.");
        }
        if (!rule().votes(member.seatId())) {
            throw new InvalidMeetingRequest("votes", member.personName() + "'s seat does not vote.");
        }
    }

    private int changes(long appointment) {
        return casts.stream().filter(v -> v.appointment() == appointment).mapToInt(CastVote::change).max().orElse(0);
    }
}
