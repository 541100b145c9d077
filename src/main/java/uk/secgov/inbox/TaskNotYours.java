package uk.secgov.inbox;

import uk.secgov.platform.refusal.Refused;

/** The task is visible but the action needs it to be (or not be) assigned to the caller. */
public class TaskNotYours extends Refused {

    private static final long serialVersionUID = 1L;

    public TaskNotYours(String message) {
        super(message);
    }
}
