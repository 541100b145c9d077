package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.party.PartyCategory;

class VotesTest {

    @Test
    void theTallyCountsEveryKindOfVoteInOrderEvenWhenNobodyCastIt() {
        Votes votes = Votes.of(List.of(MemberVote.of("A. Chair", Vote.APPROVE), MemberVote.of("B. Member", Vote.ABSTAIN),
                MemberVote.of("C. Member", Vote.APPROVE)), false);

        assertThat(votes.tally()).isEqualTo("2 approve, 0 reject, 1 abstain");
    }

    @Test
    void approvalIsUnanimousOnlyWhenEveryMemberApproves() {
        Votes all = Votes.of(List.of(MemberVote.of("A. Chair", Vote.APPROVE), MemberVote.of("B. Member", Vote.APPROVE)),
                false);
        Votes oneAbstains = Votes.of(List.of(MemberVote.of("A. Chair", Vote.APPROVE),
                MemberVote.of("B. Member", Vote.ABSTAIN)), false);

        assertThat(all.unanimousApproval()).isTrue();
        assertThat(oneAbstains.unanimousApproval()).isFalse();
    }

    @Test
    void refusesAMeetingWithoutVotes() {
        assertThatThrownBy(() -> Votes.of(List.of(), false)).isInstanceOf(InvalidModificationRequest.class)
                .hasMessage("Record each member's vote.");
    }

    @Test
    void refusesAMemberWhoVotesTwice() {
        List<MemberVote> twice = List.of(MemberVote.of("A. Chair", Vote.APPROVE), MemberVote.of("A. Chair", Vote.REJECT));

        assertThatThrownBy(() -> Votes.of(twice, false)).isInstanceOf(InvalidModificationRequest.class)
                .hasMessage("Each member votes once.");
    }

    @Test
    void aChangeBoardMemberVotesForTheirPartyCategory() {
        List<MemberVote> votes = List.of(MemberVote.of("A. Member", PartyCategory.DCC, Vote.APPROVE),
                MemberVote.of("B. Member", Vote.APPROVE));

        assertThat(Votes.of(votes, false).cast()).hasSize(2);
        assertThatThrownBy(() -> Votes.of(votes, true)).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("party category");
    }
}
