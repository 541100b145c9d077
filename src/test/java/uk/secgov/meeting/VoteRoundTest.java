package uk.secgov.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.secgov.meeting.VoteChoice.ABSTAIN;
import static uk.secgov.meeting.VoteChoice.APPROVE;
import static uk.secgov.meeting.VoteChoice.REJECT;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Votes in a round: a member casts and changes only their own, while the round is open, on a voting seat within their
 * term; SECAS records a meeting's votes only for members present, each once; closing keeps the outcome with the rule
 * version and the working. A refused step records nothing.
 */
class VoteRoundTest {

    private final MeetingWorld world = new MeetingWorld();
    private final Membership alice = world.boardMember("Large Supplier 1", "alice", "Alice Large");
    private final Membership bob = world.boardMember("Small Supplier 1", "bob", "Bob Small");
    private final Membership nina = world.boardMember("Electricity Network", "nina", "Nina Network");
    private final Membership dee = world.boardMember("DCC", "dee", "Dee DCC");

    private VoteRound onlineRound() {
        world.asSecas();
        return world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168 for implementation?", "MP168", null);
    }

    private VoteRound meetingRound(Membership... present) {
        world.asSecas();
        Meeting meeting = world.boardMeeting();
        for (Membership m : present) {
            world.secretariat.attendance(meeting.id(), m.appointment(), Attendance.PRESENT);
        }
        return world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168?", "MP168", meeting.id());
    }

    @Test
    void aMemberVotesAndChangesTheirVoteEachChangeKept() {
        VoteRound round = onlineRound();
        world.as("alice", "changeboard");

        world.voting.cast(round.id(), alice.appointment(), APPROVE);
        world.clock.advance(Duration.ofHours(1));
        world.voting.cast(round.id(), alice.appointment(), REJECT);

        assertThat(world.casts).extracting(CastVote::choice).containsExactly(APPROVE, REJECT);
        assertThat(world.roundSecretariat.record(round.id()).latestVotes()).singleElement()
                .satisfies(v -> assertThat(v.choice()).isEqualTo(REJECT))
                .satisfies(v -> assertThat(v.change()).isEqualTo(2))
                .satisfies(v -> assertThat(v.source()).isEqualTo(CastVote.Source.MEMBER));
    }

    @Test
    void aMemberCannotCastAnotherMembersVote() {
        VoteRound round = onlineRound();
        world.as("alice", "changeboard");

        assertThatThrownBy(() -> world.voting.cast(round.id(), bob.appointment(), APPROVE))
                .isInstanceOf(NotYourVote.class).hasMessageContaining("only your own vote");
        assertThat(world.casts).isEmpty();
    }

    @Test
    void aMemberCannotChangeAnotherMembersVote() {
        VoteRound round = onlineRound();
        world.as("bob", "changeboard");
        world.voting.cast(round.id(), bob.appointment(), APPROVE);
        world.as("alice", "changeboard");

        assertThatThrownBy(() -> world.voting.cast(round.id(), bob.appointment(), REJECT))
                .isInstanceOf(NotYourVote.class);
        assertThat(world.casts).extracting(CastVote::choice).containsExactly(APPROVE);
    }

    @Test
    void nobodyVotesOnceTheRoundIsClosed() {
        VoteRound round = onlineRound();
        world.roundSecretariat.close(round.id());
        world.as("alice", "changeboard");

        assertThatThrownBy(() -> world.voting.cast(round.id(), alice.appointment(), APPROVE))
                .isInstanceOf(MeetingRefused.class).hasMessageContaining("is closed");
        assertThat(world.casts).isEmpty();
    }

    @Test
    void aSeatThatDoesNotVoteCannotVote() {
        VoteRound round = onlineRound();
        world.as("dee", "dcc");

        assertThatThrownBy(() -> world.voting.cast(round.id(), dee.appointment(), APPROVE))
                .isInstanceOf(InvalidMeetingRequest.class).hasMessage("Dee DCC's seat does not vote.");
    }

    @Test
    void aMemberOutsideTheirTermCannotVote() {
        world.asSecas();
        Membership later = world.members.appoint(new BodyMembers.Appointment(world.seatNamed("Gas Network").id(),
                "gus", "Gus Gas", MeetingWorld.TODAY.plusDays(1), null));
        VoteRound round = onlineRound();
        world.as("gus", "changeboard");

        assertThatThrownBy(() -> world.voting.cast(round.id(), later.appointment(), APPROVE))
                .isInstanceOf(InvalidMeetingRequest.class)
                .hasMessage("Gus Gas is not a member on 12 May 2026, the round's day.");
    }

    @Test
    void secasRecordsTheVotesOfTheMembersPresentWithTheMeetingAsTheSource() {
        VoteRound round = meetingRound(alice, bob, nina);

        world.roundSecretariat.recordMeetingVotes(round.id(), List.of(new RecordedVote(alice.appointment(), APPROVE),
                new RecordedVote(bob.appointment(), APPROVE), new RecordedVote(nina.appointment(), ABSTAIN)));

        assertThat(world.casts).extracting(CastVote::source).containsOnly(CastVote.Source.MEETING);
        assertThat(world.casts).extracting(CastVote::castBy).containsOnly("secas.sam");
    }

    @Test
    void secasCannotRecordAVoteForANonMember() {
        world.asSecas();
        Membership panelMember = world.members.appoint(new BodyMembers.Appointment(world.members.addSeat("PANEL",
                "Chair", null).id(), "pat", "Pat Panel", LocalDate.of(2025, 1, 1), null));
        VoteRound round = meetingRound(alice);

        assertThatThrownBy(() -> world.roundSecretariat.recordMeetingVotes(round.id(),
                List.of(new RecordedVote(panelMember.appointment(), APPROVE))))
                .isInstanceOf(InvalidMeetingRequest.class)
                .hasMessage("Appointment " + panelMember.appointment() + " is not a member of this body.");
        assertThat(world.casts).isEmpty();
    }

    @Test
    void secasCannotRecordAVoteForAMemberNotPresent() {
        VoteRound round = meetingRound(alice);
        Meeting meeting = world.meetings.get(0);
        world.secretariat.attendance(meeting.id(), bob.appointment(), Attendance.APOLOGIES);

        assertThatThrownBy(() -> world.roundSecretariat.recordMeetingVotes(round.id(),
                List.of(new RecordedVote(alice.appointment(), APPROVE), new RecordedVote(bob.appointment(), APPROVE))))
                .isInstanceOf(InvalidMeetingRequest.class)
                .hasMessage("Bob Small is not recorded as present at Change Board 112.");
        assertThat(world.casts).isEmpty();
    }

    @Test
    void secasCannotRecordASecondVoteForAMember() {
        VoteRound round = meetingRound(alice);
        world.roundSecretariat.recordMeetingVotes(round.id(), List.of(new RecordedVote(alice.appointment(), APPROVE)));

        assertThatThrownBy(() -> world.roundSecretariat.recordMeetingVotes(round.id(),
                List.of(new RecordedVote(alice.appointment(), REJECT))))
                .isInstanceOf(InvalidMeetingRequest.class).hasMessage("Alice Large already has a vote in this round.");
        assertThat(world.casts).hasSize(1);
    }

    @Test
    void secasCannotRecordAVoteForASeatThatDoesNotVote() {
        VoteRound round = meetingRound(alice, dee);

        assertThatThrownBy(() -> world.roundSecretariat.recordMeetingVotes(round.id(),
                List.of(new RecordedVote(dee.appointment(), APPROVE))))
                .isInstanceOf(InvalidMeetingRequest.class).hasMessage("Dee DCC's seat does not vote.");
    }

    @Test
    void secasRecordsVotesOnlyForARoundAtAMeeting() {
        VoteRound round = onlineRound();

        assertThatThrownBy(() -> world.roundSecretariat.recordMeetingVotes(round.id(),
                List.of(new RecordedVote(alice.appointment(), APPROVE))))
                .isInstanceOf(MeetingRefused.class).hasMessageContaining("members cast their own votes");
    }

    @Test
    void closingKeepsTheOutcomeWithTheRuleVersionAndItsWorkingAndAnnouncesIt() {
        VoteRound round = meetingRound(alice, bob, nina);
        world.roundSecretariat.recordMeetingVotes(round.id(), List.of(new RecordedVote(alice.appointment(), APPROVE),
                new RecordedVote(bob.appointment(), APPROVE), new RecordedVote(nina.appointment(), REJECT)));

        RoundOutcome outcome = world.roundSecretariat.close(round.id());

        assertThat(outcome.result()).isEqualTo(VoteOutcome.Result.APPROVED);
        assertThat(outcome.ruleVersion()).isEqualTo(1);
        assertThat(outcome.working()).startsWith("Quorum met: members voted in 3 of 5 groups (3 needed);")
                .endsWith("2 of 3 groups approve → approved");
        assertThat(world.closedEvents.fired).singleElement().isEqualTo(new VoteRoundClosed(round.id(),
                Body.CHANGE_BOARD, "MP168", VoteOutcome.Result.APPROVED, 1));
        assertThatThrownBy(() -> world.roundSecretariat.close(round.id())).isInstanceOf(MeetingRefused.class);
    }

    @Test
    void atAMeetingAMemberNotPresentCannotVote() {
        VoteRound round = meetingRound(alice);
        world.as("bob", "changeboard");

        assertThatThrownBy(() -> world.voting.cast(round.id(), bob.appointment(), APPROVE))
                .isInstanceOf(InvalidMeetingRequest.class).hasMessageContaining("Bob Small is not recorded as present");
        assertThat(world.casts).isEmpty();
    }

    @Test
    void aVoteStopsCountingWhenTheAttendanceIsCorrectedToApologies() {
        VoteRound round = meetingRound(alice);
        world.as("alice", "changeboard");
        world.voting.cast(round.id(), alice.appointment(), APPROVE);
        world.asSecas();
        world.secretariat.attendance(world.meetings.get(0).id(), alice.appointment(), Attendance.APOLOGIES);

        VoteOutcome outcome = world.roundSecretariat.record(round.id()).count();

        assertThat(outcome.working()).contains("Alice Large's vote does not count: not entitled to vote on the day");
    }

    @Test
    void aRoundUsesTheRuleVersionInForceOnItsDay() {
        world.asSecas();
        world.rules.newVersion(Body.CHANGE_BOARD, new VotingRules.RuleConfiguration(MeetingWorld.TODAY.plusDays(1),
                List.of(new VotingRules.GroupSeats("Everyone", List.of(world.seatNamed("Large Supplier 1").id()))),
                QuorumKind.MAJORITY_OF_MEMBERS, AggregationKind.MEMBER_MAJORITY, null));

        VoteRound today = onlineRound();
        world.clock.advance(Duration.ofDays(1));
        VoteRound tomorrow = onlineRound();

        assertThat(world.roundSecretariat.record(today.id()).ruleVersion().version()).isEqualTo(1);
        assertThat(world.roundSecretariat.record(tomorrow.id()).ruleVersion().version()).isEqualTo(2);
    }

    @Test
    void roundsWaitingForAMemberAreTheOpenOnesWhereTheyHoldAnEntitledSeatWithTheirVoteSoFar() {
        VoteRound online = onlineRound();
        VoteRound atMeetingWithoutAlice = meetingRound(bob);
        VoteRound closed = onlineRound();
        world.roundSecretariat.close(closed.id());
        world.as("alice", "changeboard");
        world.voting.cast(online.id(), alice.appointment(), APPROVE);

        assertThat(world.voting.waitingForMe()).singleElement().satisfies(w -> {
            assertThat(w.round().round().id()).isEqualTo(online.id());
            assertThat(w.voter().appointment()).isEqualTo(alice.appointment());
            assertThat(w.vote()).hasValueSatisfying(v -> assertThat(v.choice()).isEqualTo(APPROVE));
        });
        world.as("bob", "changeboard");
        assertThat(world.voting.waitingForMe()).extracting(w -> w.round().round().id())
                .containsExactly(online.id(), atMeetingWithoutAlice.id());
        world.as("dee", "changeboard");
        assertThat(world.voting.waitingForMe()).as("the DCC's seat votes in no group").isEmpty();
    }

    @Test
    void theRoundsAtAMeetingAreListedWithTheirRecords() {
        VoteRound round = meetingRound(alice);
        onlineRound();

        assertThat(world.book.rounds(round.meetingId().orElseThrow()))
                .extracting(r -> r.round().id()).containsExactly(round.id());
    }
}
