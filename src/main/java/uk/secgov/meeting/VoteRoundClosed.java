package uk.secgov.meeting;

/**
 * A round was closed and its outcome recorded: what the features whose decisions a body votes on will observe (the
 * subject reference says which case or submission).
 */
public record VoteRoundClosed(long roundId, String bodyKey, String subjectReference, VoteOutcome.Result result,
        int ruleVersion) {
}
