package uk.secgov.meeting;

import uk.secgov.platform.refusal.NotFound;

/** There is no such vote round (or not one the caller may see). */
public class UnknownVoteRound extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownVoteRound(String what) {
        super("No vote round " + what + ".");
    }
}
