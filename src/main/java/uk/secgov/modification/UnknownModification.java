package uk.secgov.modification;

/** No case with that reference, or none the caller may see (both answer the same, as if it did not exist). */
public class UnknownModification extends RuntimeException {

    public UnknownModification(String reference) {
        super("No modification " + reference);
    }
}
