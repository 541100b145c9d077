package uk.secgov.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seats, appointments and voting rule versions: each change a new record, the earlier ones kept. */
class BodyMembersTest {

    private final MeetingWorld world = new MeetingWorld();

    @Test
    void aChangeOfTermSupersedesTheAppointmentAndKeepsTheEarlierRecord() {
        Membership first = world.boardMember("Consumer", "connie", "Connie Consumer");

        Membership changed = world.members.amend(Body.CHANGE_BOARD, first.appointment(), new BodyMembers.Appointment(
                first.seatId(), "connie", "Connie Consumer", first.termFrom(), LocalDate.of(2026, 3, 31)), false);

        assertThat(changed.appointment()).isEqualTo(first.appointment());
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(world.members.members(Body.CHANGE_BOARD)).containsExactly(changed);
        assertThat(world.memberships(Body.CHANGE_BOARD)).containsExactly(first, changed);
        assertThat(changed.inTermOn(MeetingWorld.TODAY)).isFalse();
    }

    @Test
    void aStruckAppointmentHoldsNoSeat() {
        Membership first = world.boardMember("Consumer", "connie", "Connie Consumer");

        Membership struck = world.members.amend(Body.CHANGE_BOARD, first.appointment(), new BodyMembers.Appointment(
                first.seatId(), null, "Connie Consumer", first.termFrom(), null), true);

        assertThat(struck.inTermOn(MeetingWorld.TODAY)).isFalse();
    }

    @Test
    void aTermEndsOnOrAfterItBegins() {
        assertThatThrownBy(() -> world.members.appoint(new BodyMembers.Appointment(world.seatNamed("Consumer").id(),
                null, "Connie", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1))))
                .isInstanceOf(InvalidMeetingRequest.class).hasMessage("A term ends on or after the day it begins.");
    }

    @Test
    void aSeatHasItsOwnNameOnItsBody() {
        assertThatThrownBy(() -> world.members.addSeat(Body.CHANGE_BOARD, "consumer", null))
                .isInstanceOf(InvalidMeetingRequest.class);
    }

    @Test
    void aNewRuleVersionTakesTheNextNumberAndTheEarlierStays() {
        VotingRuleVersion second = world.rules.newVersion(Body.CHANGE_BOARD, new VotingRules.RuleConfiguration(
                LocalDate.of(2027, 1, 1), List.of(new VotingRules.GroupSeats("Suppliers",
                        List.of(world.seatNamed("Large Supplier 1").id(), world.seatNamed("Small Supplier 1").id()))),
                QuorumKind.MAJORITY_OF_MEMBERS, AggregationKind.MEMBER_MAJORITY, null));

        assertThat(second.version()).isEqualTo(2);
        assertThat(world.rules.history(Body.CHANGE_BOARD)).extracting(VotingRuleVersion::version).containsExactly(1, 2);
        assertThat(second.rule().votes(world.seatNamed("Gas Network").id())).isFalse();
    }

    @Test
    void aRuleVersionPlacesOnlyTheBodysOwnSeatsEachInOneGroup() {
        long seat = world.seatNamed("Large Supplier 1").id();

        assertThatThrownBy(() -> world.rules.newVersion(Body.CHANGE_BOARD, new VotingRules.RuleConfiguration(
                LocalDate.of(2027, 1, 1), List.of(new VotingRules.GroupSeats("A", List.of(seat)),
                        new VotingRules.GroupSeats("B", List.of(seat))), QuorumKind.MAJORITY_OF_MEMBERS,
                AggregationKind.MEMBER_MAJORITY, null))).isInstanceOf(InvalidMeetingRequest.class);
        assertThatThrownBy(() -> world.rules.newVersion("PANEL", new VotingRules.RuleConfiguration(
                LocalDate.of(2027, 1, 1), List.of(new VotingRules.GroupSeats("Panel", List.of(seat))),
                QuorumKind.MAJORITY_OF_MEMBERS, AggregationKind.UNANIMITY_OF_PRESENT, null)))
                .isInstanceOf(InvalidMeetingRequest.class);
    }

    @Test
    void aPersonsBodiesAreThoseWhereTheyHoldAnAppointmentNotStruck() {
        Membership connie = world.boardMember("Consumer", "connie", "Connie Consumer");
        world.as("connie", "changeboard");
        assertThat(world.book.followed()).extracting(Body::key).containsExactly(Body.CHANGE_BOARD);

        world.asSecas();
        world.members.amend(Body.CHANGE_BOARD, connie.appointment(), new BodyMembers.Appointment(connie.seatId(),
                "connie", "Connie Consumer", connie.termFrom(), null), true);
        world.as("connie", "changeboard");
        assertThat(world.book.followed()).isEmpty();
        assertThat(world.members.history(Body.CHANGE_BOARD)).hasSize(2);
    }
}
