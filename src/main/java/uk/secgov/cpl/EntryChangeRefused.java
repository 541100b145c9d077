package uk.secgov.cpl;

import uk.secgov.platform.refusal.Refused;

/** A status change the entry's current status does not allow (e.g. removing an entry already removed). */
public class EntryChangeRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public EntryChangeRefused(String message) {
        super(message);
    }
}
