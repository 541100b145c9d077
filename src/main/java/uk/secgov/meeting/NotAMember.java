package uk.secgov.meeting;

import uk.secgov.platform.refusal.Refused;

/** Only SECAS and a body's own members follow its meetings and vote rounds: refused because of who asks (403). */
public class NotAMember extends Refused {

    private static final long serialVersionUID = 1L;

    public NotAMember(String reason) {
        super(reason);
    }

    @Override
    public boolean byWhoAsks() {
        return true;
    }
}
