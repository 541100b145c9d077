package uk.secgov.modification.rest;

/** The body of a step: {@code date} is the day of the meeting or event it records. */
interface DatedRequest {

    String date();
}
