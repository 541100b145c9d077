package uk.secgov.inbox;

import java.util.List;
import java.util.Map;

/**
 * The caller's open tasks: those assigned to them and the unassigned ones offered to one of their
 * roles. Every operation answers {@link UnknownTask} for a task outside that set.
 */
public interface TaskInbox {

    List<InboxTask> tasks(InboxCaller caller, int first, int size);

    long count(InboxCaller caller);

    InboxTask task(InboxCaller caller, String taskId);

    /** Takes an unassigned task on; refuses one someone holds. */
    InboxTask claim(InboxCaller caller, String taskId);

    /** Hands a task the caller holds back to its role. */
    InboxTask unclaim(InboxCaller caller, String taskId);

    /** Completes a task, claiming it first if it was waiting for the caller's role. */
    void complete(InboxCaller caller, String taskId, Map<String, Object> fields);
}
