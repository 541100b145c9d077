package uk.secgov.hashconflict;

import uk.secgov.platform.refusal.Refused;

/** A step of an investigation that is not allowed now, or not by this caller; nothing was recorded. */
public class InvestigationRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public InvestigationRefused(String message) {
        super(message);
    }
}
