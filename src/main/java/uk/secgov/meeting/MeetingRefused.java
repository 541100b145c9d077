package uk.secgov.meeting;

import uk.secgov.platform.refusal.Refused;

/** The meeting or vote round is not in a state that allows the step (a cancelled meeting, a closed round). */
public class MeetingRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public MeetingRefused(String reason) {
        super(reason);
    }
}
