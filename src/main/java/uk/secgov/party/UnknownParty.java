package uk.secgov.party;

/** No party (or user) with that id exists. */
public class UnknownParty extends RuntimeException {

    public UnknownParty(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
