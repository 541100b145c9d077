package uk.secgov.hashconflict;

/** A step of an investigation that is not allowed now, or not by this caller; nothing was recorded. */
public class InvestigationRefused extends RuntimeException {

    public InvestigationRefused(String message) {
        super(message);
    }
}
