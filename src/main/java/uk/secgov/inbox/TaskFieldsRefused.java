package uk.secgov.inbox;

/**
 * A task's completion refused because of what its fields say (or fail to say), in words the
 * person completing it can act on. The task stays open and nothing it would have recorded is kept.
 */
public class TaskFieldsRefused extends RuntimeException {

    public TaskFieldsRefused(String message) {
        super(message);
    }
}
