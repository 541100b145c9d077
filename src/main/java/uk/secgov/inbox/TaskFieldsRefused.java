package uk.secgov.inbox;

import java.util.List;
import uk.secgov.platform.refusal.InvalidRequest;

/**
 * A task's completion refused because of what its fields say (or fail to say), in words the
 * person completing it can act on: an invalid request as a whole, naming no single field. The task
 * stays open and nothing it would have recorded is kept.
 */
public class TaskFieldsRefused extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public TaskFieldsRefused(String message) {
        super(message, List.of());
    }
}
