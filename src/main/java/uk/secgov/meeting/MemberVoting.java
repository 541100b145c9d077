package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.secgov.platform.security.Allowed;

/**
 * A member casts their own vote on an open round, and may change it until the round closes (each change kept). Any
 * signed-in person may ask: the finer rule is the round's, which accepts only the member who holds the appointment
 * (a sub-committee member may sign in with any role).
 */
@ApplicationScoped
@Transactional
public class MemberVoting {

    /** An open round the signed-in member may vote in, for one of their appointments, with their vote so far. */
    public record Waiting(VoteRoundRecord round, Voter voter, Optional<CastVote> vote) {
    }

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

    /**
     * The signed-in member's vote by the appointment the round finds for them (the API's "my vote"): refused when they
     * hold no seat on the round's body.
     */
    @Allowed(Allowed.SIGNED_IN)
    public CastVote castOwn(long roundId, VoteChoice choice) {
        VoteRoundRecord r = ledger.round(roundId);
        String signedIn = ledger.signedIn();
        if (signedIn == null) {
            throw new NotYourVote("Only a member, signed in, casts their vote.");
        }
        Membership member = r.heldBy(signedIn).orElseThrow(() -> new NotYourVote("You hold no seat of "
                + ledger.body(r.round().bodyKey()).name() + ": only its members vote in its rounds."));
        return rounds.add(r.cast(signedIn, member.appointment(), choice, ledger.now()));
    }

    /** The open rounds waiting for the signed-in member's vote (entitled, not voted yet), oldest first. */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VoteRoundRecord> waiting() {
        return waitingForMe().stream().filter(w -> w.vote().isEmpty()).map(Waiting::round).distinct().toList();
    }

    /**
     * The open rounds in which the signed-in person holds an entitled appointment (in term on the round's day, on a
     * voting seat and, at a meeting, recorded present), oldest first; nobody signed in: none.
     */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Waiting> waitingForMe() {
        String signedIn = ledger.signedIn();
        if (signedIn == null) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        for (VoteRound open : rounds.open()) {
            VoteRoundRecord r = ledger.round(open.id());
            for (Voter voter : r.entitled()) {
                if (r.members().appointment(voter.appointment()).filter(m -> m.isHeldBy(signedIn)).isPresent()) {
                    waiting.add(new Waiting(r, voter, r.latestVotes().stream()
                            .filter(v -> v.appointment() == voter.appointment()).findFirst()));
                }
            }
        }
        return waiting;
    }
}
