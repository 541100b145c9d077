package uk.secgov.release;

/** No release with that id. */
public class UnknownRelease extends RuntimeException {

    public UnknownRelease(long id) {
        super("No SEC release with id " + id);
    }
}
