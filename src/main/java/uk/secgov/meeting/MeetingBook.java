package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * What a signed-in person reads of the bodies (their seats, members with each appointment's history, rule versions)
 * and what SECAS and a body's members read of its business: its meetings, upcoming or past, and a meeting's rounds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingBook {

    /** A body with its seats, every record of its appointments (oldest first) and every version of its rule. */
    public record BodyFile(Body body, List<Seat> seats, Memberships memberships, List<VotingRuleVersion> ruleVersions) {
    }

    @Inject
    Bodies bodies;

    @Inject
    Meetings meetings;

    @Inject
    VoteRounds rounds;

    @Inject
    MeetingLedger ledger;

    public MeetingBook() {
    }

    public MeetingBook(Bodies bodies, Meetings meetings, VoteRounds rounds, MeetingLedger ledger) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.rounds = rounds;
        this.ledger = ledger;
    }

    @Allowed(Allowed.SIGNED_IN)
    public List<Body> bodies() {
        return bodies.all();
    }

    /** The bodies whose meetings the caller follows: every body for SECAS, a member's own bodies otherwise. */
    @Allowed(Allowed.SIGNED_IN)
    public List<Body> followed() {
        return bodies.all().stream().filter(b -> ledger.follows(b.key())).toList();
    }

    @Allowed(Allowed.SIGNED_IN)
    public BodyFile body(String bodyKey) {
        Body body = ledger.body(bodyKey);
        return new BodyFile(body, bodies.seats(body.key()), new Memberships(bodies.memberships(body.key())),
                bodies.ruleVersions(body.key()));
    }

    /**
     * The meetings of the body, or of every body the caller follows ({@code bodyKey} none): upcoming (today on)
     * soonest first, or past latest first. Refused for a body the caller does not follow.
     */
    @Allowed(Allowed.SIGNED_IN)
    public List<Meeting> meetings(String bodyKey, boolean upcoming) {
        List<Body> followed;
        if (bodyKey == null || bodyKey.isBlank()) {
            followed = bodies.all().stream().filter(b -> ledger.follows(b.key())).toList();
        } else {
            Body body = ledger.body(bodyKey.strip());
            if (!ledger.follows(body.key())) {
                throw new NotAMember("Only SECAS and the members of " + body.name() + " follow its meetings.");
            }
            followed = List.of(body);
        }
        LocalDate today = ledger.now().atZone(UkFormat.ZONE).toLocalDate();
        Comparator<Meeting> soonest = Comparator.comparing(Meeting::date).thenComparing(Meeting::startsAt)
                .thenComparing(Meeting::id);
        return followed.stream().flatMap(b -> meetings.ofBody(b.key()).stream())
                .filter(m -> upcoming != m.date().isBefore(today))
                .sorted(upcoming ? soonest : soonest.reversed()).toList();
    }

    /** The vote rounds at a meeting the caller follows, oldest first. */
    @Allowed(Allowed.SIGNED_IN)
    public List<VoteRoundRecord> rounds(long meetingId) {
        MeetingRecord meeting = ledger.meeting(meetingId);
        if (!ledger.follows(meeting.meeting().bodyKey())) {
            throw new UnknownMeeting("#" + meetingId);
        }
        return rounds.atMeeting(meetingId).stream().map(r -> ledger.round(r.id())).toList();
    }
}
