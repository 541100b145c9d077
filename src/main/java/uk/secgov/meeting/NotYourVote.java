package uk.secgov.meeting;

import uk.secgov.platform.refusal.Refused;

/**
 * A member casts or changes only their own vote, and only SECAS records votes taken at a meeting: refused because of
 * who asks (the API answers 403).
 */
public class NotYourVote extends Refused {

    private static final long serialVersionUID = 1L;

    public NotYourVote(String reason) {
        super(reason);
    }

    @Override
    public boolean byWhoAsks() {
        return true;
    }
}
