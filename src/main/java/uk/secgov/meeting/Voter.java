package uk.secgov.meeting;

/** A member entitled to vote in a round: their appointment, their name as recorded, and the seat they vote for. */
public record Voter(long appointment, String name, long seatId) {
}
