package uk.secgov.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;
import uk.secgov.platform.security.Callers;

/**
 * Inside the real WAR against the schema Flyway built (V40): the seeded bodies and the Change Board's assumed rule
 * version 1, a meeting with attendance, a round whose votes SECAS records and whose outcome is stored with the rule
 * version and its working, read back through the JPA mappings; and the database's own guards (one outcome per round,
 * one row per change number).
 */
@ExtendWith(ArquillianExtension.class)
class MeetingPersistenceIT {

    @Deployment
    static WebArchive war() {
        return Deployments.realWar().addClass(Deployments.class);
    }

    @Inject
    BodyMembers members;

    @Inject
    MeetingSecretariat secretariat;

    @Inject
    VoteRoundSecretariat roundSecretariat;

    @Inject
    VotingRules rules;

    @Inject
    Bodies bodies;

    @Inject
    VoteRounds rounds;

    @Inject
    Meetings meetings;

    @Resource
    UserTransaction tx;

    @Test
    void theBodiesAndTheChangeBoardsAssumedRuleAreSeeded() {
        assertEquals(List.of("CHANGE_BOARD", "CSC", "OPSG", "PANEL", "SMKI_PMA", "SSC", "TABASC"),
                bodies.all().stream().map(Body::key).sorted().toList());
        VotingRuleVersion first = asApplication(() -> rules.history(Body.CHANGE_BOARD)).get(0);
        assertEquals(1, first.version());
        assertEquals(AggregationKind.GROUP_MAJORITY, first.aggregation());
        assertEquals(List.of("Large Supplier", "Small Supplier", "Network Parties", "Other SEC Parties", "Consumer"),
                first.rule().groups().stream().map(VotingRule.Group::name).toList());
        long dcc = bodies.seats(Body.CHANGE_BOARD).stream().filter(s -> s.name().equals("DCC")).findFirst()
                .orElseThrow().id();
        assertTrue(!first.rule().votes(dcc), "the DCC's seat does not vote");
    }

    @Test
    void aMeetingsRoundIsRecordedClosedAndReadBackWithItsWorking() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Membership large = appoint("Large Supplier 1", "Lara " + run, today);
        Membership small = appoint("Small Supplier 1", "Sam " + run, today);
        Membership network = appoint("Gas Network", "Gwen " + run, today);

        Meeting meeting = asApplication(() -> secretariat.schedule(Body.CHANGE_BOARD, "Change Board IT " + run, today,
                LocalTime.of(10, 0)));
        for (Membership m : List.of(large, small, network)) {
            asApplication(() -> secretariat.attendance(meeting.id(), m.appointment(), Attendance.PRESENT));
        }
        asApplication(() -> secretariat.observer(meeting.id(), "Olive Ofgem", "Ofgem"));
        MeetingEntry minute = asApplication(() -> secretariat.minute(meeting.id(), "Votes taken on MP999.", null));
        asApplication(() -> secretariat.minute(meeting.id(), "Votes taken on MP168.", minute.id()));
        VoteRound round = asApplication(() -> roundSecretariat.open(Body.CHANGE_BOARD, "Approve MP168?", "MP168",
                meeting.id()));
        asApplication(() -> roundSecretariat.recordMeetingVotes(round.id(), List.of(
                new RecordedVote(large.appointment(), VoteChoice.APPROVE),
                new RecordedVote(small.appointment(), VoteChoice.APPROVE),
                new RecordedVote(network.appointment(), VoteChoice.REJECT))));
        RoundOutcome closed = asApplication(() -> roundSecretariat.close(round.id()));

        MeetingRecord record = asApplication(() -> secretariat.record(meeting.id()));
        assertEquals(3, record.present().size());
        assertEquals(List.of("Votes taken on MP168."), record.minutes().stream().map(MeetingEntry::text).toList());
        assertEquals(LocalTime.of(10, 0), record.meeting().startsAt());
        assertTrue(meetings.ofBody(Body.CHANGE_BOARD).stream().anyMatch(m -> m.id().equals(meeting.id())));
        VoteRoundRecord read = asApplication(() -> roundSecretariat.record(round.id()));
        assertTrue(read.closed());
        assertEquals(VoteOutcome.Result.APPROVED, read.outcome().orElseThrow().result());
        assertEquals(1, read.outcome().orElseThrow().ruleVersion());
        assertTrue(closed.working().endsWith("2 of 3 groups approve → approved"), closed.working());
        assertEquals(3, read.latestVotes().size());

        tx.begin();
        try {
            assertThrows(RuntimeException.class, () -> rounds.add(RoundOutcome.of(read.round(), read.ruleVersion(),
                    read.count(), closed.closedAt(), "it")), "a second outcome for the round");
        } finally {
            tx.rollback();
        }
        tx.begin();
        try {
            assertThrows(RuntimeException.class, () -> rounds.add(CastVote.of(round.id(), large, VoteChoice.REJECT,
                    CastVote.Source.MEMBER, 1, closed.closedAt(), "it")), "a second row with change number 1");
        } finally {
            tx.rollback();
        }
    }

    private Membership appoint(String seat, String name, LocalDate today) {
        long seatId = bodies.seats(Body.CHANGE_BOARD).stream().filter(s -> s.name().equals(seat)).findFirst()
                .orElseThrow().id();
        return asApplication(() -> members.appoint(new BodyMembers.Appointment(seatId, null, name,
                today.minusYears(1), null)));
    }

    private static <T> T asApplication(Callable<T> work) {
        try {
            return Callers.asSystem(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
