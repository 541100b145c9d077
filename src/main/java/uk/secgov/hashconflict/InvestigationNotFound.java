package uk.secgov.hashconflict;

/** No such investigation or request, or not one the caller may see (the two look the same). */
public class InvestigationNotFound extends RuntimeException {

    public InvestigationNotFound(String what) {
        super("No investigation or request " + what + ".");
    }
}
