package uk.secgov.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.meeting.VoteChoice.APPROVE;
import static uk.secgov.meeting.VoteChoice.REJECT;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Who follows a body's business (SECAS every body's, a member their own body's, nobody else), a member's vote by the
 * appointment the round finds for them, and the rounds waiting for a member's vote.
 */
class MeetingBookTest {

    private final MeetingWorld world = new MeetingWorld();
    private final Membership alice = world.boardMember("Large Supplier 1", "alice", "Alice Large");
    private final Membership bob = world.boardMember("Small Supplier 1", "bob", "Bob Small");

    private VoteRound onlineRound() {
        world.asSecas();
        return world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168 for implementation?", "MP168", null);
    }

    @Test
    void aMemberSeesTheirBodysMeetingsUpcomingSoonestFirstAndPastLatestFirst() {
        world.asSecas();
        Meeting today = world.boardMeeting();
        Meeting next = world.secretariat.schedule(Body.CHANGE_BOARD, "Change Board 113", MeetingWorld.TODAY.plusDays(28),
                LocalTime.of(10, 0));
        Meeting last = world.secretariat.schedule(Body.CHANGE_BOARD, "Change Board 111", MeetingWorld.TODAY.minusDays(28),
                LocalTime.of(10, 0));
        Meeting older = world.secretariat.schedule(Body.CHANGE_BOARD, "Change Board 110",
                MeetingWorld.TODAY.minusDays(56), LocalTime.of(10, 0));
        world.as("alice", "changeboard");

        assertThat(world.book.meetings(Body.CHANGE_BOARD, true)).containsExactly(today, next);
        assertThat(world.book.meetings(Body.CHANGE_BOARD, false)).containsExactly(last, older);
        assertThat(world.book.meetings(null, true)).containsExactly(today, next);
    }

    @Test
    void someoneWhoIsNotAMemberIsRefusedTheBodysMeetingsAndCannotFindItsRecords() {
        world.asSecas();
        Meeting meeting = world.boardMeeting();
        VoteRound round = world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168?", "MP168", meeting.id());
        world.as("pat", "panel");

        assertThatThrownBy(() -> world.book.meetings(Body.CHANGE_BOARD, true)).isInstanceOf(NotAMember.class)
                .hasMessage("Only SECAS and the members of Change Board follow its meetings.");
        assertThat(world.book.meetings(null, true)).isEmpty();
        assertThatThrownBy(() -> world.secretariat.record(meeting.id())).isInstanceOf(UnknownMeeting.class);
        assertThatThrownBy(() -> world.roundSecretariat.record(round.id())).isInstanceOf(UnknownVoteRound.class);
        assertThatThrownBy(() -> world.book.rounds(meeting.id())).isInstanceOf(UnknownMeeting.class);
    }

    @Test
    void secasFollowsEveryBodyAndSeesAMeetingsRounds() {
        world.asSecas();
        Meeting meeting = world.boardMeeting();
        VoteRound round = world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168?", "MP168", meeting.id());

        assertThat(world.book.rounds(meeting.id())).extracting(r -> r.round().id()).containsExactly(round.id());
        assertThat(world.book.body(Body.CHANGE_BOARD).seats()).hasSize(10);
        assertThat(world.book.body(Body.CHANGE_BOARD).memberships().current()).containsExactly(alice, bob);
    }

    @Test
    void aMemberCastsAndChangesTheirOwnVoteWithoutNamingTheirAppointment() {
        VoteRound round = onlineRound();
        world.as("alice", "changeboard");

        world.voting.castOwn(round.id(), APPROVE);
        world.voting.castOwn(round.id(), REJECT);

        assertThat(world.casts).extracting(CastVote::appointment).containsOnly(alice.appointment());
        assertThat(world.casts).extracting(CastVote::change).containsExactly(1, 2);
    }

    @Test
    void someoneWithNoSeatOnTheBodyCannotCastTheirOwnVote() {
        VoteRound round = onlineRound();
        world.as("pat", "panel");

        assertThatThrownBy(() -> world.voting.castOwn(round.id(), APPROVE)).isInstanceOf(NotYourVote.class)
                .hasMessage("You hold no seat of Change Board: only its members vote in its rounds.");
        assertThat(world.casts).isEmpty();
    }

    @Test
    void aMemberNotPresentAtTheRoundsMeetingIsToldSo() {
        world.asSecas();
        Meeting meeting = world.boardMeeting();
        world.secretariat.attendance(meeting.id(), bob.appointment(), Attendance.PRESENT);
        VoteRound round = world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168?", "MP168", meeting.id());
        world.as("alice", "changeboard");

        assertThatThrownBy(() -> world.voting.castOwn(round.id(), APPROVE))
                .isInstanceOf(InvalidMeetingRequest.class).hasMessageContaining("is not recorded as present");
    }

    @Test
    void theRoundsWaitingForAMemberAreTheOpenOnesTheyHaveNotVotedIn() {
        VoteRound voted = onlineRound();
        VoteRound waiting = onlineRound();
        VoteRound closed = onlineRound();
        world.roundSecretariat.close(closed.id());
        world.as("alice", "changeboard");
        world.voting.castOwn(voted.id(), APPROVE);

        assertThat(world.voting.waiting()).extracting(r -> r.round().id()).containsExactly(waiting.id());
        world.as("pat", "panel");
        assertThat(world.voting.waiting()).isEmpty();
    }
}
