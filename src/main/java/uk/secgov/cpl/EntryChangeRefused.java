package uk.secgov.cpl;

/** A status change the entry's current status does not allow (e.g. removing an entry already removed). */
public class EntryChangeRefused extends RuntimeException {

    public EntryChangeRefused(String message) {
        super(message);
    }
}
