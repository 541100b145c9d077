package uk.secgov.modification;

import java.time.Instant;

/** A running deadline of a case was computed again and moved (the calendar changed, the release moved). */
public record DeadlineMoved(long caseId, KeyDateKind kind, Instant due) {
}
