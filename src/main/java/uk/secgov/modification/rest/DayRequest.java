package uk.secgov.modification.rest;

/** The body of a step that records only that something happened, and when. */
public record DayRequest(String date) implements DatedRequest {
}
