package uk.secgov.meeting;

import uk.secgov.platform.refusal.NotFound;

/** There is no such membership (or not one the caller may see). */
public class UnknownMembership extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownMembership(String what) {
        super("No membership " + what + ".");
    }
}
