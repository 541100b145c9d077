package uk.secgov.party;

import uk.secgov.platform.refusal.NotFound;

/** No party (or user) with that id exists. */
public class UnknownParty extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownParty(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
