package uk.secgov.modification.rest;

/** One member's vote as sent; {@code category} only on a Change Board vote. */
public record VoteRequest(String member, String category, String vote) {
}
