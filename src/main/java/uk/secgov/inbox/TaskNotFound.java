package uk.secgov.inbox;

/** No task with that id is open for the caller (it may exist for someone else: that is not said). */
public class TaskNotFound extends RuntimeException {

    public TaskNotFound(String taskId) {
        super("No open task " + taskId + " for you");
    }
}
