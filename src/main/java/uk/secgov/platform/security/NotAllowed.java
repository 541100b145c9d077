package uk.secgov.platform.security;

import uk.secgov.platform.refusal.Refusal;

/**
 * A use case refused its caller: their role, party or the record's state does not let them do it. Nothing was
 * changed. The API answers 403 (401 to an anonymous caller); a page shows the message on the "cannot do this" page
 * ({@code platform.web.RefusedActions}), not on the form, since the person was never meant to be offered the action.
 */
public class NotAllowed extends Refusal {

    private static final long serialVersionUID = 1L;

    private final boolean anonymous;

    public NotAllowed(String message, boolean anonymous) {
        super(message);
        this.anonymous = anonymous;
    }

    public NotAllowed(String message) {
        this(message, false);
    }

    /** The caller was not signed in: signing in might help. */
    public boolean anonymous() {
        return anonymous;
    }
}
