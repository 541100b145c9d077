package uk.secgov.meeting;

/** A vote taken at a meeting, as SECAS records it: the member's appointment and how they voted. */
public record RecordedVote(long appointment, VoteChoice choice) {
}
