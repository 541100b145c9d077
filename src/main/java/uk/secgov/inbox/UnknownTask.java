package uk.secgov.inbox;

import uk.secgov.platform.refusal.NotFound;

/** No task with that id is open for the caller (it may exist for someone else: that is not said). */
public class UnknownTask extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownTask(String taskId) {
        super("No open task " + taskId + " for you", "There is no such open task for you.");
    }
}
