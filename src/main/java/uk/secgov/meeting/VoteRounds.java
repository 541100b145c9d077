package uk.secgov.meeting;

import java.util.List;
import java.util.Optional;

/** Vote rounds, their votes and outcomes: only ever added to. */
public interface VoteRounds {

    VoteRound add(VoteRound round);

    CastVote add(CastVote vote);

    RoundOutcome add(RoundOutcome outcome);

    Optional<VoteRound> round(long id);

    /** The round's votes and changes, oldest first. */
    List<CastVote> casts(long roundId);

    Optional<RoundOutcome> outcome(long roundId);

    /** The rounds at the meeting, oldest first. */
    List<VoteRound> atMeeting(long meetingId);

    /** The rounds with no outcome yet, of every body, oldest first. */
    List<VoteRound> open();
}
