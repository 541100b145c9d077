package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * SECAS opens a vote round (at a meeting, or online), records the votes taken at the meeting for the members present,
 * and closes the round: the outcome is computed by the rule version the round named and recorded with its working.
 */
@ApplicationScoped
@Transactional
public class VoteRoundSecretariat {

    @Inject
    Bodies bodies;

    @Inject
    VoteRounds rounds;

    @Inject
    MeetingLedger ledger;

    @Inject
    Event<VoteRoundClosed> closed;

    public VoteRoundSecretariat() {
    }

    public VoteRoundSecretariat(Bodies bodies, VoteRounds rounds, MeetingLedger ledger, Event<VoteRoundClosed> closed) {
        this.bodies = bodies;
        this.rounds = rounds;
        this.ledger = ledger;
        this.closed = closed;
    }

    /** A round of the body on a question; at the meeting if one is named (its day is the round's), else online today. */
    @Allowed("secas")
    public VoteRound open(String bodyKey, String question, String subjectReference, Long meetingId) {
        Body body = ledger.body(bodyKey);
        MeetingRecord meeting = meetingId == null ? null : ledger.meeting(meetingId);
        if (meeting != null && (!meeting.meeting().bodyKey().equals(body.key()) || meeting.cancelled())) {
            throw new MeetingRefused(meeting.meeting().title() + " is not a meeting of " + body.name()
                    + " that takes place.");
        }
        var day = meeting != null ? meeting.meeting().date() : ledger.now().atZone(UkFormat.ZONE).toLocalDate();
        VotingRuleVersion rule = bodies.ruleInForceOn(body.key(), day).orElseThrow(() -> new MeetingRefused(
                body.name() + " has no voting rule in force on " + UkFormat.WORDS.format(day) + "."));
        return rounds.add(VoteRound.of(body.key(), MeetingRecord.required("question", question,
                VoteRound.QUESTION_MAX), MeetingRecord.optional("subjectReference", subjectReference,
                MeetingEntry.SUBJECT_MAX), meetingId, rule, day, ledger.now(), ledger.actor()));
    }

    /** The votes taken at the round's meeting, for members recorded present, each once. */
    @Allowed("secas")
    public List<CastVote> recordMeetingVotes(long roundId, List<RecordedVote> votes) {
        VoteRoundRecord r = ledger.round(roundId);
        return r.recordAtMeeting(votes, ledger.now(), ledger.actor()).stream().map(rounds::add).toList();
    }

    @Allowed("secas")
    public RoundOutcome close(long roundId) {
        VoteRoundRecord r = ledger.round(roundId);
        RoundOutcome outcome = rounds.add(r.close(ledger.now(), ledger.actor()));
        closed.fire(new VoteRoundClosed(roundId, r.round().bodyKey(), r.round().subjectReference().orElse(null),
                outcome.result(), outcome.ruleVersion()));
        return outcome;
    }

    /** The round with its votes, and its outcome so far (or as closed), for SECAS and the body's members. */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public VoteRoundRecord record(long roundId) {
        VoteRoundRecord record = ledger.round(roundId);
        if (!ledger.follows(record.round().bodyKey())) {
            throw new UnknownVoteRound("#" + roundId);
        }
        return record;
    }

}
