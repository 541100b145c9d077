package uk.secgov.meeting.rest;

import static uk.secgov.meeting.rest.MeetingRequestValues.heading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.meeting.Body;
import uk.secgov.meeting.CastVote;
import uk.secgov.meeting.GroupSeat;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.MeetingBook;
import uk.secgov.meeting.MeetingEntry;
import uk.secgov.meeting.MeetingRecord;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.RoundOutcome;
import uk.secgov.meeting.Seat;
import uk.secgov.meeting.VoteOutcome;
import uk.secgov.meeting.VoteRoundRecord;
import uk.secgov.meeting.Voter;
import uk.secgov.meeting.VotingRuleVersion;

/**
 * How the API shows bodies, meetings and vote rounds: days as YYYY-MM-DD, times as HH:MM (UK time), moments as ISO
 * instants; every coded word ({@code APPROVE}, {@code PRESENT}) comes with its label for people.
 */
public final class MeetingApiViews {

    private MeetingApiViews() {
    }

    /** One body in the list. */
    public record GoverningBodySummary(String key, String name) {

        static GoverningBodySummary of(Body b) {
            return new GoverningBodySummary(b.key(), b.name());
        }
    }

    /** A seat; {@code votingGroup} is its group under the rule in force today (none: it does not vote). */
    public record BodySeatSummary(long id, String name, String category, String categoryLabel, String votingGroup) {
    }

    /** One record of an appointment (its revision). */
    public record AppointmentRevision(int revision, long seatId, String username, String personName,
            LocalDate termFrom, LocalDate termTo, boolean struck, Instant recordedAt, String recordedBy) {

        static AppointmentRevision of(Membership m) {
            return new AppointmentRevision(m.revision(), m.seatId(), m.username().orElse(null), m.personName(),
                    m.termFrom(), m.termTo().orElse(null), m.struck(), m.recordedAt(), m.recordedBy());
        }
    }

    /** An appointment as it stands, with every record of it, oldest first. */
    public record BodyMemberSummary(long appointment, int revision, long seatId, String seatName, String username,
            String personName, LocalDate termFrom, LocalDate termTo, boolean struck, boolean inTermToday,
            List<AppointmentRevision> history) {
    }

    /** A voting group of a rule version and its seats. */
    public record RuleGroupSummary(String name, List<Long> seatIds, List<String> seatNames) {
    }

    /** A version of the body's voting rule; {@code inForceToday} marks the one in force today. */
    public record RuleVersionSummary(long id, int version, LocalDate effectiveFrom, String quorum, String quorumLabel,
            String aggregation, String aggregationLabel, String note, List<RuleGroupSummary> groups,
            boolean inForceToday, Instant recordedAt, String recordedBy) {

        static RuleVersionSummary of(VotingRuleVersion v, Map<Long, String> seatNames, boolean inForce) {
            Map<String, List<Long>> groups = new LinkedHashMap<>();
            for (GroupSeat s : v.seats()) {
                groups.computeIfAbsent(s.groupName(), g -> new java.util.ArrayList<>()).add(s.seatId());
            }
            return new RuleVersionSummary(v.id(), v.version(), v.effectiveFrom(), v.quorum().name(),
                    heading(v.quorum().label()), v.aggregation().name(), heading(v.aggregation().label()), v.note(),
                    groups.entrySet().stream().map(e -> new RuleGroupSummary(e.getKey(), List.copyOf(e.getValue()),
                            e.getValue().stream().map(id -> seatNames.getOrDefault(id, "#" + id)).toList())).toList(),
                    inForce, v.recordedAt(), v.recordedBy());
        }
    }

    /** A body with its seats, members (with history) and every version of its voting rule. */
    public record GoverningBodyDetail(String key, String name, List<BodySeatSummary> seats,
            List<BodyMemberSummary> members, List<RuleVersionSummary> ruleVersions) {

        static GoverningBodyDetail of(MeetingBook.BodyFile file, LocalDate today) {
            Map<Long, String> seatNames = new LinkedHashMap<>();
            file.seats().forEach(s -> seatNames.put(s.id(), s.name()));
            Optional<VotingRuleVersion> inForce = file.ruleVersions().stream()
                    .filter(v -> !v.effectiveFrom().isAfter(today))
                    .max(java.util.Comparator.comparing(VotingRuleVersion::effectiveFrom)
                            .thenComparingInt(VotingRuleVersion::version));
            List<BodySeatSummary> seats = file.seats().stream().map(s -> seat(s, inForce)).toList();
            List<BodyMemberSummary> members = file.memberships().current().stream().map(m -> new BodyMemberSummary(
                    m.appointment(), m.revision(), m.seatId(), seatNames.get(m.seatId()), m.username().orElse(null),
                    m.personName(), m.termFrom(), m.termTo().orElse(null), m.struck(), m.inTermOn(today),
                    file.memberships().records().stream().filter(r -> r.appointment() == m.appointment())
                            .map(AppointmentRevision::of).toList())).toList();
            return new GoverningBodyDetail(file.body().key(), file.body().name(), seats, members,
                    file.ruleVersions().stream().map(v -> RuleVersionSummary.of(v, seatNames,
                            inForce.filter(f -> f.id().equals(v.id())).isPresent())).toList());
        }

        private static BodySeatSummary seat(Seat s, Optional<VotingRuleVersion> rule) {
            return new BodySeatSummary(s.id(), s.name(), s.category().map(Enum::name).orElse(null),
                    s.category().map(c -> c.label()).orElse(null), rule.flatMap(r -> r.rule().groupOf(s.id()))
                            .map(g -> g.name()).orElse(null));
        }
    }

    /** A meeting in a list. */
    public record MeetingSummary(long id, String bodyKey, String title, LocalDate date, LocalTime startsAt,
            Instant start, Instant scheduledAt, String scheduledBy) {

        static MeetingSummary of(Meeting m) {
            return new MeetingSummary(m.id(), m.bodyKey(), m.title(), m.date(), m.startsAt(), m.start(),
                    m.scheduledAt(), m.scheduledBy());
        }
    }

    /** A line of a meeting's record: an attendance, an agenda item, a minute or the cancellation. */
    public record MeetingLine(long id, String kind, Long appointment, String personName, String organisation,
            String attendance, String attendanceLabel, String text, String subjectReference, Long supersedes,
            Instant recordedAt, String recordedBy) {

        static MeetingLine of(MeetingEntry e) {
            return new MeetingLine(e.id(), e.kind().name(), e.appointment().orElse(null), e.personName(),
                    e.organisation().orElse(null), e.attendance() == null ? null : e.attendance().name(),
                    e.attendance() == null ? null : e.attendance().label(), e.text(),
                    e.subjectReference().orElse(null), e.supersedes().orElse(null), e.recordedAt(), e.recordedBy());
        }
    }

    /** A meeting with its attendance (each person's latest), agenda and minutes as they stand, and its rounds. */
    public record MeetingDetail(long id, String bodyKey, String title, LocalDate date, LocalTime startsAt,
            Instant start, boolean cancelled, String cancellationReason, List<MeetingLine> attendance,
            List<MeetingLine> agenda, List<MeetingLine> minutes, List<VoteRoundSummary> rounds, Instant scheduledAt,
            String scheduledBy) {

        static MeetingDetail of(MeetingRecord r, List<VoteRoundRecord> rounds) {
            Meeting m = r.meeting();
            return new MeetingDetail(m.id(), m.bodyKey(), m.title(), m.date(), m.startsAt(), m.start(), r.cancelled(),
                    r.entries().stream().filter(e -> e.kind() == MeetingEntry.Kind.CANCELLATION).map(MeetingEntry::text)
                            .findFirst().orElse(null), r.attendance().stream().map(MeetingLine::of).toList(),
                    r.agenda().stream().map(MeetingLine::of).toList(), r.minutes().stream().map(MeetingLine::of).toList(),
                    rounds.stream().map(VoteRoundSummary::of).toList(), m.scheduledAt(), m.scheduledBy());
        }
    }

    /** A vote round in a list. */
    public record VoteRoundSummary(long id, String bodyKey, String question, String subjectReference, Long meetingId,
            LocalDate roundDate, boolean closed, String result, String resultLabel) {

        static VoteRoundSummary of(VoteRoundRecord r) {
            return new VoteRoundSummary(r.round().id(), r.round().bodyKey(), r.round().question(),
                    r.round().subjectReference().orElse(null), r.round().meetingId().orElse(null), r.round().roundDate(),
                    r.closed(), r.outcome().map(o -> o.result().name()).orElse(null),
                    r.outcome().map(o -> heading(o.result().label())).orElse(null));
        }
    }

    /** One vote or change of it. */
    public record VoteChange(int change, String choice, String choiceLabel, String source, String sourceLabel,
            Instant castAt, String castBy) {

        static VoteChange of(CastVote v) {
            return new VoteChange(v.change(), v.choice().name(), v.choice().label(), v.source().name(),
                    v.source().label(), v.castAt(), v.castBy());
        }
    }

    /** A member's vote that counts (their latest), with every change of it, oldest first. */
    public record MemberVoteSummary(long appointment, String personName, long seatId, String choice,
            String choiceLabel, String source, String sourceLabel, Instant castAt, String castBy,
            List<VoteChange> history) {
    }

    /** A member entitled to vote in the round (at a meeting: present). */
    public record EntitledMember(long appointment, String personName, long seatId) {

        static EntitledMember of(Voter v) {
            return new EntitledMember(v.appointment(), v.name(), v.seatId());
        }
    }

    /** A group's votes and result. */
    public record GroupTallySummary(String group, int approve, int reject, int abstain, String result,
            String resultLabel) {

        static GroupTallySummary of(VoteOutcome.GroupTally t) {
            return new GroupTallySummary(t.group(), t.approve(), t.reject(), t.abstain(), t.result().name(),
                    heading(t.result().label()));
        }
    }

    /**
     * The outcome: as recorded when the round closed ({@code closed}, with its working as stored), or as it would be
     * if it closed now (with each group's tally).
     */
    public record RoundOutcomeSummary(boolean closed, boolean quorumMet, String result, String resultLabel,
            int ruleVersion, String working, List<GroupTallySummary> groups, Instant closedAt, String closedBy) {

        static RoundOutcomeSummary of(VoteRoundRecord r) {
            if (r.outcome().isPresent()) {
                RoundOutcome o = r.outcome().get();
                return new RoundOutcomeSummary(true, o.quorumMet(), o.result().name(), heading(o.result().label()),
                        o.ruleVersion(), o.working(), List.of(), o.closedAt(), o.closedBy());
            }
            VoteOutcome o = r.count();
            return new RoundOutcomeSummary(false, o.quorumMet(), o.result().name(), heading(o.result().label()),
                    o.ruleVersion(), o.explanation(), o.groups().stream().map(GroupTallySummary::of).toList(), null,
                    null);
        }
    }

    /** A round with its rule version, who may vote, the votes with their history, and the outcome. */
    public record VoteRoundDetail(long id, String bodyKey, String question, String subjectReference, Long meetingId,
            LocalDate roundDate, boolean closed, RuleVersionSummary ruleVersion, List<EntitledMember> entitled,
            List<MemberVoteSummary> votes, RoundOutcomeSummary outcome, Instant openedAt, String openedBy) {

        static VoteRoundDetail of(VoteRoundRecord r, Map<Long, String> seatNames) {
            List<MemberVoteSummary> votes = r.latestVotes().stream().map(v -> new MemberVoteSummary(v.appointment(),
                    v.personName(), v.seatId(), v.choice().name(), v.choice().label(), v.source().name(),
                    v.source().label(), v.castAt(), v.castBy(), r.casts().stream()
                            .filter(c -> c.appointment() == v.appointment()).map(VoteChange::of).toList())).toList();
            return new VoteRoundDetail(r.round().id(), r.round().bodyKey(), r.round().question(),
                    r.round().subjectReference().orElse(null), r.round().meetingId().orElse(null),
                    r.round().roundDate(), r.closed(), RuleVersionSummary.of(r.ruleVersion(), seatNames, false),
                    r.entitled().stream().map(EntitledMember::of).toList(), votes, RoundOutcomeSummary.of(r),
                    r.round().openedAt(), r.round().openedBy());
        }
    }
}
