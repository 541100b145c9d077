package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.secgov.platform.security.Allowed;

/**
 * A member casts their own vote on an open round, and may change it until the round closes (each change kept). Any
 * signed-in person may ask: the finer rule is the round's, which accepts only the member who holds the appointment
 * (a sub-committee member may sign in with any role).
 */
@ApplicationScoped
@Transactional
public class MemberVoting {

    @Inject
    VoteRounds rounds;

    @Inject
    MeetingLedger ledger;

    public MemberVoting() {
    }

    public MemberVoting(VoteRounds rounds, MeetingLedger ledger) {
        this.rounds = rounds;
        this.ledger = ledger;
    }

    /** The signed-in member's vote for their appointment, or a change of it. */
    @Allowed(Allowed.SIGNED_IN)
    public CastVote cast(long roundId, long appointment, VoteChoice choice) {
        VoteRoundRecord r = ledger.round(roundId);
        String signedIn = ledger.signedIn();
        if (signedIn == null) {
            throw new NotYourVote("Only a member, signed in, casts their vote.");
        }
        return rounds.add(r.cast(signedIn, appointment, choice, ledger.now()));
    }
}
