package uk.secgov.modification.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.Route;
import uk.secgov.modification.Vote;
import uk.secgov.party.PartyCategory;

/** How every step of the API reads its date, its enums and its votes, and the 400 each bad value gets. */
class RequestValuesTest {

    @Test
    void aStepsDateIsAnIsoDay() {
        assertThat(RequestValues.day(new DayRequest(" 2019-10-11 "))).isEqualTo(LocalDate.of(2019, 10, 11));
    }

    @Test
    void aStepWithoutABodyOrADateIsRefusedNamingTheDate() {
        assertThatThrownBy(() -> RequestValues.day(null)).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("date is required");
        assertThatThrownBy(() -> RequestValues.day(new DayRequest(" "))).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("date is required");
    }

    @Test
    void aUkDateIsNotAnApiDate() {
        assertThatThrownBy(() -> RequestValues.date("raisedOn", "11/10/2019"))
                .isInstanceOf(InvalidModificationRequest.class)
                .hasMessage("raisedOn must be a date as YYYY-MM-DD, but was '11/10/2019'.");
    }

    @Test
    void anEnumIsReadByNameInAnyCaseAndBlankIsNone() {
        assertThat(RequestValues.enumOf(Route.class, "route", " refinement ")).isEqualTo(Route.REFINEMENT);
        assertThat(RequestValues.enumOf(Route.class, "route", "")).isNull();
    }

    @Test
    void anUnknownEnumNameIsRefusedListingTheNamesThatAre() {
        assertThatThrownBy(() -> RequestValues.enumOf(Vote.class, "votes", "MAYBE"))
                .isInstanceOf(InvalidModificationRequest.class)
                .hasMessage("'MAYBE' is not one of APPROVE, REJECT, ABSTAIN.");
    }

    @Test
    void aChangeBoardVoteMayNameTheMembersCategory() {
        List<MemberVote> votes = RequestValues.votes(List.of(new VoteRequest("Chris Board", "large_supplier", "approve"),
                new VoteRequest("Dana Board", null, "REJECT")), true);

        assertThat(votes).containsExactly(MemberVote.of("Chris Board", PartyCategory.LARGE_SUPPLIER, Vote.APPROVE),
                MemberVote.of("Dana Board", null, Vote.REJECT));
    }

    @Test
    void aPanelMemberVotesForNoCategory() {
        assertThatThrownBy(() -> RequestValues.votes(List.of(new VoteRequest("Pat Chair", "LARGE_SUPPLIER", "APPROVE")),
                false)).isInstanceOf(InvalidModificationRequest.class)
                .hasMessage("Panel members do not vote for a party category.");
    }

    @Test
    void noVotesAreNoneButAnEmptyVoteIsRefused() {
        assertThat(RequestValues.votes(null, false)).isEmpty();
        assertThatThrownBy(() -> RequestValues.votes(Arrays.asList((VoteRequest) null), true))
                .isInstanceOf(InvalidModificationRequest.class).hasMessage("A vote cannot be empty.");
    }
}
