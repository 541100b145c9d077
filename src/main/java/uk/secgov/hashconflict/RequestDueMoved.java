package uk.secgov.hashconflict;

import java.time.Instant;

/**
 * An open information request's dates were computed again (the Working Day calendar changed): the
 * process moves the request's timers and its task's due date with them.
 */
public record RequestDueMoved(long investigationId, String reference, long requestId, Instant dueAt,
        Instant escalateAt) {
}
