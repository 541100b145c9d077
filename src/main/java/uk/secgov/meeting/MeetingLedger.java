package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.security.Caller;
import uk.secgov.platform.security.Callers;

/**
 * The one way the services read a meeting or a vote round whole, and know who acts and when: records to apply a verb
 * to, the caller, the clock's now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingLedger {

    @Inject
    Bodies bodies;

    @Inject
    Meetings meetings;

    @Inject
    VoteRounds rounds;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public MeetingLedger() {
    }

    public MeetingLedger(Bodies bodies, Meetings meetings, VoteRounds rounds, Callers callers, Clock clock) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.rounds = rounds;
        this.callers = callers;
        this.clock = clock;
    }

    @Allowed(Allowed.SYSTEM)
    public Body body(String key) {
        return bodies.body(key == null ? "" : key).orElseThrow(() -> new UnknownBody(String.valueOf(key)));
    }

    @Allowed(Allowed.SYSTEM)
    public MeetingRecord meeting(long id) {
        Meeting m = meetings.meeting(id).orElseThrow(() -> new UnknownMeeting("#" + id));
        return new MeetingRecord(m, meetings.entries(id));
    }

    @Allowed(Allowed.SYSTEM)
    public VoteRoundRecord round(long id) {
        VoteRound r = rounds.round(id).orElseThrow(() -> new UnknownVoteRound("#" + id));
        return new VoteRoundRecord(r, bodies.ruleVersion(r.ruleVersionId()).orElseThrow(), rounds.casts(id),
                rounds.outcome(id), new Memberships(bodies.memberships(r.bodyKey())), r.meetingId().map(this::meeting));
    }

    /**
     * Whether the caller follows the body's meetings and vote rounds: SECAS (and the application) every body's, a
     * person the body's own, while they hold an appointment on it that was not struck out.
     */
    @Allowed(Allowed.SYSTEM)
    public boolean follows(String bodyKey) {
        Caller caller = callers.current();
        return caller.system() || caller.has("secas") || caller.signedIn() && new Memberships(
                bodies.memberships(bodyKey)).current().stream().anyMatch(m -> !m.struck() && m.isHeldBy(caller.username()));
    }

    /** Who acts, as records name them: the username, or "the application". */
    @Allowed(Allowed.SYSTEM)
    public String actor() {
        return callers.current().describe();
    }

    /** The signed-in person's username, or none (the application, or nobody). */
    @Allowed(Allowed.SYSTEM)
    public String signedIn() {
        return callers.current().username();
    }

    @Allowed(Allowed.SYSTEM)
    public Instant now() {
        return clock.instant();
    }
}
