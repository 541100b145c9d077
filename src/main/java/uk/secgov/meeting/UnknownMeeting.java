package uk.secgov.meeting;

import uk.secgov.platform.refusal.NotFound;

/** There is no such meeting (or not one the caller may see). */
public class UnknownMeeting extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownMeeting(String what) {
        super("No meeting " + what + ".");
    }
}
