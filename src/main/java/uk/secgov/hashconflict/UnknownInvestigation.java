package uk.secgov.hashconflict;

import uk.secgov.platform.refusal.NotFound;

/** No such investigation or request, or not one the caller may see (the two look the same). */
public class UnknownInvestigation extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownInvestigation(String what) {
        super("No investigation or request " + what + ".");
    }

    /** The API repeats the reference the caller gave: it says nothing they did not send. */
    @Override
    public String detail() {
        return getMessage();
    }
}
