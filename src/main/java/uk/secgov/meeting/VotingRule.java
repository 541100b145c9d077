package uk.secgov.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a body's votes make its decision, as one version of its rule says: a pure function of the groups, the members
 * entitled to vote on the day and their votes, which answers with the outcome and its working in words. A different
 * rule is a different {@link VotingRuleVersion}, not different code.
 *
 * @param version the number of the version this rule comes from, stored with every outcome
 * @param groups the voting groups in order, each with its seats; a seat in no group does not vote
 */
public record VotingRule(int version, List<Group> groups, QuorumKind quorum, AggregationKind aggregation) {

    /** A voting group and its seats. */
    public record Group(String name, Set<Long> seatIds) {
        public Group {
            seatIds = Set.copyOf(seatIds);
        }
    }

    /** A member's vote as the rule reads it. */
    public record Ballot(long appointment, String name, VoteChoice choice) {
    }

    public VotingRule {
        groups = List.copyOf(groups);
    }

    public boolean votes(long seatId) {
        return groupOf(seatId).isPresent();
    }

    public Optional<Group> groupOf(long seatId) {
        return groups.stream().filter(g -> g.seatIds().contains(seatId)).findFirst();
    }

    /**
     * The outcome of a round: {@code entitled} are the members who may vote on the round's day (for a round at a
     * meeting, those present); a ballot of anyone else does not count, and the working says so.
     */
    public VoteOutcome outcome(List<Voter> entitled, List<Ballot> ballots) {
        List<String> working = new ArrayList<>();
        Map<Long, Voter> voters = new LinkedHashMap<>();
        entitled.stream().filter(v -> votes(v.seatId())).forEach(v -> voters.put(v.appointment(), v));
        Map<Long, VoteChoice> counted = new LinkedHashMap<>();
        for (Ballot b : ballots) {
            if (voters.containsKey(b.appointment())) {
                counted.put(b.appointment(), b.choice());
            } else {
                working.add(b.name() + "'s vote does not count: not entitled to vote on the day");
            }
        }
        List<VoteOutcome.GroupTally> tallies = groups.stream().map(g -> tally(g, voters, counted)).toList();
        boolean quorate = quorum(voters, counted, tallies, working);
        if (!quorate) {
            tallies.forEach(t -> working.add(t.sentence()));
            working.add("no decision");
            return new VoteOutcome(false, tallies, VoteOutcome.Result.NOT_QUORATE, working, version);
        }
        VoteOutcome.Result result = switch (aggregation) {
            case GROUP_MAJORITY -> groupMajority(tallies, working);
            case UNANIMITY_OF_PRESENT -> unanimity(voters, counted, working);
            case MEMBER_MAJORITY -> memberMajority(counted, working);
        };
        return new VoteOutcome(true, tallies, result, working, version);
    }

    private static VoteOutcome.GroupTally tally(Group g, Map<Long, Voter> voters, Map<Long, VoteChoice> counted) {
        int[] n = new int[VoteChoice.values().length];
        counted.forEach((appointment, choice) -> {
            if (g.seatIds().contains(voters.get(appointment).seatId())) {
                n[choice.ordinal()]++;
            }
        });
        return new VoteOutcome.GroupTally(g.name(), n[VoteChoice.APPROVE.ordinal()], n[VoteChoice.REJECT.ordinal()],
                n[VoteChoice.ABSTAIN.ordinal()]);
    }

    private boolean quorum(Map<Long, Voter> voters, Map<Long, VoteChoice> counted,
            List<VoteOutcome.GroupTally> tallies, List<String> working) {
        return switch (quorum) {
            case MAJORITY_OF_GROUPS -> {
                long represented = tallies.stream().filter(t -> t.cast() > 0).count();
                long needed = groups.size() / 2 + 1;
                boolean met = represented >= needed;
                working.add("Quorum " + (met ? "met" : "not met") + ": members voted in " + represented + " of "
                        + groups.size() + " groups (" + needed + " needed)");
                yield met;
            }
            case MAJORITY_OF_MEMBERS -> {
                long needed = voters.size() / 2 + 1;
                boolean met = !voters.isEmpty() && counted.size() >= needed;
                working.add("Quorum " + (met ? "met" : "not met") + ": " + counted.size() + " of " + voters.size()
                        + " members voted (" + needed + " needed)");
                yield met;
            }
        };
    }

    private static VoteOutcome.Result groupMajority(List<VoteOutcome.GroupTally> tallies, List<String> working) {
        tallies.forEach(t -> working.add(t.sentence()));
        long voted = tallies.stream().filter(VoteOutcome.GroupTally::decided).count();
        long approving = tallies.stream().filter(t -> t.result() == VoteOutcome.GroupResult.APPROVE).count();
        VoteOutcome.Result result = approving * 2 > voted ? VoteOutcome.Result.APPROVED : VoteOutcome.Result.REJECTED;
        working.add(approving + " of " + voted + " groups approve → " + result.label());
        return result;
    }

    private static VoteOutcome.Result unanimity(Map<Long, Voter> voters, Map<Long, VoteChoice> counted,
            List<String> working) {
        voters.values().forEach(v -> working.add(v.name() + ": " + Optional.ofNullable(counted.get(v.appointment()))
                .map(c -> c.label().toLowerCase(java.util.Locale.UK)).orElse("did not vote")));
        long approving = counted.values().stream().filter(c -> c == VoteChoice.APPROVE).count();
        VoteOutcome.Result result = !voters.isEmpty() && approving == voters.size() ? VoteOutcome.Result.APPROVED
                : VoteOutcome.Result.NOT_UNANIMOUS;
        working.add(approving + " of " + voters.size() + " members present approve → " + result.label());
        return result;
    }

    private static VoteOutcome.Result memberMajority(Map<Long, VoteChoice> counted, List<String> working) {
        long approve = counted.values().stream().filter(c -> c == VoteChoice.APPROVE).count();
        long reject = counted.values().stream().filter(c -> c == VoteChoice.REJECT).count();
        long abstain = counted.size() - approve - reject;
        VoteOutcome.Result result = approve > reject ? VoteOutcome.Result.APPROVED : VoteOutcome.Result.REJECTED;
        working.add("Members: " + approve + " approve, " + reject + " reject, " + abstain + " abstain → "
                + result.label());
        return result;
    }
}
