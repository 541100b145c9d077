package uk.secgov.release;

import java.time.Instant;
import java.time.LocalDate;

/** A release was moved to another date; fired inside the transaction that records the move. */
public record ReleaseMoved(Long releaseId, String name, LocalDate from, LocalDate to, String reason, Instant at,
        String by) {
}
