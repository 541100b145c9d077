package uk.secgov.modification;

/** No such document on the case, or one the caller may not see (both answer the same, as if it did not exist). */
public class UnknownDocument extends RuntimeException {

    public UnknownDocument(String reference, long id) {
        super("No document #" + id + " on " + reference);
    }
}
