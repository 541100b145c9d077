package uk.secgov.inbox;

import java.time.Instant;
import java.util.Optional;

/**
 * One task as its inbox shows it. {@code formPage} is the page that works on it, when the process
 * names one; otherwise the generic task page serves.
 */
public record InboxTask(String id, String name, String description, String processName, String businessKey,
        Instant created, Instant due, String assignee, String formPage) {

    public boolean isAssignedTo(InboxCaller caller) {
        return caller.username().equals(assignee);
    }

    public boolean isUnassigned() {
        return assignee == null;
    }

    public Optional<Instant> dueDate() {
        return Optional.ofNullable(due);
    }
}
