package uk.secgov.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.meeting.VoteChoice.ABSTAIN;
import static uk.secgov.meeting.VoteChoice.APPROVE;
import static uk.secgov.meeting.VoteChoice.REJECT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.secgov.meeting.VoteOutcome.GroupResult;
import uk.secgov.meeting.VoteOutcome.Result;
import uk.secgov.meeting.VotingRule.Ballot;
import uk.secgov.meeting.VotingRule.Group;
import uk.secgov.testing.Ids;

/**
 * The voting rule as a pure function: the Change Board's assumed default (five groups, quorum in a majority of the
 * groups, a majority of the groups that voted) and the Panel's Fast-Track unanimity. Seats 1–9 vote in the groups,
 * seat 10 is the DCC's, which votes in none; each voter's appointment is their seat's number.
 */
class VotingRuleTest {

    private static final VotingRule BOARD = new VotingRule(1, List.of(
            new Group("Large Supplier", Set.of(1L, 2L)), new Group("Small Supplier", Set.of(3L, 4L)),
            new Group("Network Parties", Set.of(5L, 6L)), new Group("Other SEC Parties", Set.of(7L, 8L)),
            new Group("Consumer", Set.of(9L))), QuorumKind.MAJORITY_OF_GROUPS, AggregationKind.GROUP_MAJORITY);

    private static final VotingRule FAST_TRACK = new VotingRule(3, List.of(new Group("Panel", Set.of(1L, 2L, 3L))),
            QuorumKind.MAJORITY_OF_MEMBERS, AggregationKind.UNANIMITY_OF_PRESENT);

    private static List<Voter> seats(long... seats) {
        List<Voter> voters = new ArrayList<>();
        for (long s : seats) {
            voters.add(new Voter(s, "Member " + s, s));
        }
        return voters;
    }

    private static Ballot vote(long seat, VoteChoice choice) {
        return new Ballot(seat, "Member " + seat, choice);
    }

    private static final List<Voter> WHOLE_BOARD = seats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    @Test
    void approvedWhenAMajorityOfTheGroupsThatVotedApproveAndTheWorkingSaysHow() {
        VoteOutcome outcome = BOARD.outcome(WHOLE_BOARD, List.of(vote(1, APPROVE), vote(2, APPROVE),
                vote(3, APPROVE), vote(5, REJECT), vote(7, APPROVE), vote(8, ABSTAIN)));

        assertThat(outcome.result()).isEqualTo(Result.APPROVED);
        assertThat(outcome.explanation()).isEqualTo("Quorum met: members voted in 4 of 5 groups (3 needed);"
                + " Large Supplier: 2 approve, 0 reject, 0 abstain → approve;"
                + " Small Supplier: 1 approve, 0 reject, 0 abstain → approve;"
                + " Network Parties: 0 approve, 1 reject, 0 abstain → reject;"
                + " Other SEC Parties: 1 approve, 0 reject, 1 abstain → approve;"
                + " Consumer: no votes; 3 of 4 groups approve → approved");
        assertThat(outcome.ruleVersion()).isEqualTo(1);
    }

    @Test
    void quorumIsMetWithAMemberVotingInAMajorityOfTheGroups() {
        VoteOutcome outcome = BOARD.outcome(WHOLE_BOARD, List.of(vote(1, REJECT), vote(3, REJECT), vote(9, ABSTAIN)));

        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.result()).isEqualTo(Result.REJECTED);
    }

    @Test
    void withoutQuorumThereIsNoDecision() {
        VoteOutcome outcome = BOARD.outcome(WHOLE_BOARD, List.of(vote(1, APPROVE), vote(2, APPROVE), vote(3, APPROVE)));

        assertThat(outcome.quorumMet()).isFalse();
        assertThat(outcome.result()).isEqualTo(Result.NOT_QUORATE);
        assertThat(outcome.working()).first().isEqualTo("Quorum not met: members voted in 2 of 5 groups (3 needed)");
        assertThat(outcome.working()).last().isEqualTo("no decision");
    }

    @Test
    void aTieInAGroupNeitherApprovesNorRejectsButTheGroupVoted() {
        VoteOutcome outcome = BOARD.outcome(WHOLE_BOARD, List.of(vote(1, APPROVE), vote(2, REJECT),
                vote(3, APPROVE), vote(5, REJECT), vote(6, REJECT), vote(7, APPROVE), vote(8, REJECT)));

        assertThat(outcome.groups()).extracting(VoteOutcome.GroupTally::result).containsExactly(GroupResult.TIED,
                GroupResult.APPROVE, GroupResult.REJECT, GroupResult.TIED, GroupResult.NO_VOTES);
        assertThat(outcome.result()).as("1 of 4 groups that voted approve").isEqualTo(Result.REJECTED);
        assertThat(outcome.working()).contains("Large Supplier: 1 approve, 1 reject, 0 abstain → tied",
                "1 of 4 groups approve → rejected");
    }

    @Test
    void abstentionsCountForQuorumButNeitherForNorAgainst() {
        VoteOutcome outcome = BOARD.outcome(WHOLE_BOARD, List.of(vote(1, APPROVE), vote(2, ABSTAIN),
                vote(3, ABSTAIN), vote(4, ABSTAIN), vote(5, ABSTAIN)));

        assertThat(outcome.quorumMet()).as("members voted in 3 of 5 groups").isTrue();
        assertThat(outcome.groups().get(1).result()).isEqualTo(GroupResult.ABSTAIN);
        assertThat(outcome.result()).as("1 of the 1 group that voted approves").isEqualTo(Result.APPROVED);
        assertThat(outcome.working()).contains("1 of 1 groups approve → approved");
    }

    @Test
    void aNonVotingSeatsVoteDoesNotCount() {
        VoteOutcome outcome = BOARD.outcome(WHOLE_BOARD, List.of(vote(10, REJECT), vote(1, APPROVE),
                vote(3, APPROVE), vote(5, APPROVE)));

        assertThat(outcome.result()).isEqualTo(Result.APPROVED);
        assertThat(outcome.working()).contains("Member 10's vote does not count: not entitled to vote on the day");
    }

    @Test
    void aMemberOutsideTheirTermIsNotEntitledAndTheirVoteDoesNotCount() {
        Ids ids = new Ids(0);
        Seat seat = ids.assign(Seat.of(Body.CHANGE_BOARD, "Large Supplier 1", null, Instant.EPOCH, "test"));
        Membership past = Membership.of(1, 1, seat, "lena", "Lena Past", LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 12, 31), false, Instant.EPOCH, "test");
        VotingRule rule = new VotingRule(1, List.of(new Group("Large Supplier", Set.of(seat.id()))),
                QuorumKind.MAJORITY_OF_MEMBERS, AggregationKind.GROUP_MAJORITY);

        List<Voter> entitled = new Memberships(List.of(past)).entitledOn(LocalDate.of(2026, 5, 12), rule);
        VoteOutcome outcome = rule.outcome(entitled, List.of(new Ballot(1, "Lena Past", APPROVE)));

        assertThat(entitled).isEmpty();
        assertThat(outcome.result()).isEqualTo(Result.NOT_QUORATE);
        assertThat(outcome.working()).contains("Lena Past's vote does not count: not entitled to vote on the day");
    }

    @Test
    void fastTrackIsApprovedWhenEveryMemberPresentApproves() {
        VoteOutcome outcome = FAST_TRACK.outcome(seats(1, 2, 3), List.of(vote(1, APPROVE), vote(2, APPROVE),
                vote(3, APPROVE)));

        assertThat(outcome.result()).isEqualTo(Result.APPROVED);
        assertThat(outcome.working()).last().isEqualTo("3 of 3 members present approve → approved");
    }

    @Test
    void anAbstentionIsNotUnanimous() {
        VoteOutcome outcome = FAST_TRACK.outcome(seats(1, 2, 3), List.of(vote(1, APPROVE), vote(2, APPROVE),
                vote(3, ABSTAIN)));

        assertThat(outcome.result()).isEqualTo(Result.NOT_UNANIMOUS);
        assertThat(outcome.working()).contains("Member 3: abstain", "2 of 3 members present approve → not unanimous");
    }

    @Test
    void aMemberPresentWhoDidNotVoteIsNotUnanimous() {
        VoteOutcome outcome = FAST_TRACK.outcome(seats(1, 2, 3), List.of(vote(1, APPROVE), vote(2, APPROVE)));

        assertThat(outcome.quorumMet()).isTrue();
        assertThat(outcome.result()).isEqualTo(Result.NOT_UNANIMOUS);
        assertThat(outcome.working()).contains("Member 3: did not vote");
    }

    @Test
    void aMajorityOfMembersApprovesWhenMoreApproveThanReject() {
        VotingRule rule = new VotingRule(1, BOARD.groups(), QuorumKind.MAJORITY_OF_MEMBERS,
                AggregationKind.MEMBER_MAJORITY);

        VoteOutcome outcome = rule.outcome(seats(1, 2, 3, 4, 5), List.of(vote(1, APPROVE), vote(2, APPROVE),
                vote(3, REJECT), vote(4, ABSTAIN)));

        assertThat(outcome.result()).isEqualTo(Result.APPROVED);
        assertThat(outcome.working()).containsExactly("Quorum met: 4 of 5 members voted (3 needed)",
                "Members: 2 approve, 1 reject, 1 abstain → approved");
    }
}
