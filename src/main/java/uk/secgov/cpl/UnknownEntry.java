package uk.secgov.cpl;

import uk.secgov.platform.refusal.NotFound;

/** There is no CPL entry with that CPL Entry ID. */
public class UnknownEntry extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownEntry(long entryId) {
        super("There is no CPL entry " + entryId + ".");
    }

    /** The public CPL lists every entry, so the API may say which one is not there. */
    @Override
    public String detail() {
        return getMessage();
    }
}
