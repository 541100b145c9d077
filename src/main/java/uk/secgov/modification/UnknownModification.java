package uk.secgov.modification;

import uk.secgov.platform.refusal.NotFound;

/** No case with that reference, or none the caller may see (both answer the same, as if it did not exist). */
public class UnknownModification extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownModification(String reference) {
        super("No modification " + reference);
    }
}
