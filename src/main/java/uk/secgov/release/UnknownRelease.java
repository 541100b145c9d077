package uk.secgov.release;

import uk.secgov.platform.refusal.NotFound;

/** No release with the id asked for. */
public class UnknownRelease extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownRelease() {
        super("There is no such release.");
    }
}
