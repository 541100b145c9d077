package uk.secgov.modification;

import uk.secgov.platform.refusal.NotFound;

/** No such document on the case, or one the caller may not see (both answer the same, as if it did not exist). */
public class UnknownDocument extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownDocument(String reference, long id) {
        super("No document #" + id + " on " + reference);
    }
}
