package uk.secgov.meeting;

import uk.secgov.platform.refusal.NotFound;

/** There is no such body (or not one the caller may see). */
public class UnknownBody extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownBody(String what) {
        super("No body " + what + ".");
    }
}
