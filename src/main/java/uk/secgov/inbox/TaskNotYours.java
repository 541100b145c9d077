package uk.secgov.inbox;

/** The task is visible but the action needs it to be (or not be) assigned to the caller. */
public class TaskNotYours extends RuntimeException {

    public TaskNotYours(String message) {
        super(message);
    }
}
