package uk.secgov.inbox;

import java.time.Instant;
import java.util.Optional;

/**
 * One task as its inbox shows it. {@code formPage} is the page that works on it, when the process
 * names one; otherwise the generic task page serves. {@code offeredToRole} says whether it was
 * offered to one of the caller's roles (so it can be handed back) rather than given by name.
 */
public record InboxTask(String id, String name, String description, String processName, String businessKey,
        Instant created, Instant due, String assignee, String formPage, boolean offeredToRole) {

    public boolean isAssignedTo(InboxCaller caller) {
        return caller.username().equals(assignee);
    }

    public boolean isUnassigned() {
        return assignee == null;
    }

    /** Whether the caller can hand it back: they hold it and a role of theirs could take it on. */
    public boolean canBeHandedBackBy(InboxCaller caller) {
        return isAssignedTo(caller) && offeredToRole;
    }

    public Optional<Instant> dueDate() {
        return Optional.ofNullable(due);
    }
}
