package uk.secgov.inbox;

import uk.secgov.platform.refusal.Refused;

/**
 * A task that is completed by recording its step on its own page (a modification case's step, for
 * instance), not from the generic inbox: a conflict with what has been recorded, not bad fields.
 * The task stays open.
 */
public class TaskDoneElsewhere extends Refused {

    private static final long serialVersionUID = 1L;

    public TaskDoneElsewhere(String message) {
        super(message);
    }
}
