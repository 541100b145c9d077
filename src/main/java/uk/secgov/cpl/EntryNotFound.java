package uk.secgov.cpl;

/** There is no CPL entry with that CPL Entry ID. */
public class EntryNotFound extends RuntimeException {

    public EntryNotFound(long entryId) {
        super("There is no CPL entry " + entryId + ".");
    }
}
