package uk.secgov.inbox;

/**
 * A task that is completed by recording its step on its own page (a modification case's step, for
 * instance), not from the generic inbox: a conflict with what has been recorded, not bad fields.
 * The task stays open.
 */
public class TaskDoneElsewhere extends TaskFieldsRefused {

    public TaskDoneElsewhere(String message) {
        super(message);
    }
}
