package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Caller;
import uk.secgov.platform.security.NotAllowed;

class ChangeBoardVotersTest {

    private final ChangeBoardMembers board = () -> List.of(
            new ChangeBoardMembers.Member("changeboard", "Chris Board", PartyCategory.LARGE_SUPPLIER),
            new ChangeBoardMembers.Member("gina", "Gina Grid", PartyCategory.GAS_NETWORK_OPERATOR),
            new ChangeBoardMembers.Member("dora", "Dora DCC", PartyCategory.DCC));

    private final Caller secas = Caller.person("secas", List.of("secas"));
    private final Caller chris = Caller.person("changeboard", List.of("changeboard"));

    @Test
    void secasRecordsTheMembersVotesUnderTheirOwnNamesAndCategories() {
        List<MemberVote> admitted = ChangeBoardVoters.admit(List.of(MemberVote.of("chris board", null, Vote.APPROVE),
                MemberVote.of("gina", PartyCategory.GAS_NETWORK_OPERATOR, Vote.REJECT)), secas, board);

        assertThat(admitted).containsExactly(MemberVote.of("Chris Board", PartyCategory.LARGE_SUPPLIER, Vote.APPROVE),
                MemberVote.of("Gina Grid", PartyCategory.GAS_NETWORK_OPERATOR, Vote.REJECT));
    }

    @Test
    void aMemberRecordsTheirOwnVote() {
        assertThat(ChangeBoardVoters.admit(List.of(MemberVote.of("Chris Board", PartyCategory.LARGE_SUPPLIER,
                Vote.APPROVE)), chris, board)).hasSize(1);
    }

    @Test
    void aMemberCannotRecordAnotherMembersVote() {
        assertThatThrownBy(() -> ChangeBoardVoters.admit(List.of(MemberVote.of("Chris Board", null, Vote.APPROVE),
                MemberVote.of("Gina Grid", null, Vote.APPROVE)), chris, board))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("only their own vote");
    }

    @Test
    void anInventedMemberIsRefused() {
        assertThatThrownBy(() -> ChangeBoardVoters.admit(List.of(MemberVote.of("Someone Else",
                PartyCategory.SMALL_SUPPLIER, Vote.APPROVE)), secas, board))
                .isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("Someone Else is not a member of the Change Board");
    }

    @Test
    void aMemberVotesOnlyForTheirPartysCategory() {
        assertThatThrownBy(() -> ChangeBoardVoters.admit(List.of(MemberVote.of("Chris Board", PartyCategory.SECAS,
                Vote.APPROVE)), chris, board))
                .isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("Chris Board sits for Large Supplier, not SECAS");
    }

    @Test
    void aCategoryWithoutAVoteGivesNone() {
        assertThatThrownBy(() -> ChangeBoardVoters.admit(List.of(MemberVote.of("Dora DCC", null, Vote.APPROVE)), secas,
                board)).isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("has no vote");
    }

    @Test
    void aMemberVotesOnce() {
        assertThatThrownBy(() -> ChangeBoardVoters.admit(List.of(MemberVote.of("Chris Board", null, Vote.APPROVE),
                MemberVote.of("changeboard", null, Vote.REJECT)), secas, board))
                .isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("more than one vote");
    }
}
