package uk.secgov.cpl;

import uk.secgov.platform.refusal.Refused;

/** An action on a submission that its state or the caller's role does not allow, with the reason. */
public class SubmissionRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public SubmissionRefused(String reason) {
        super(reason);
    }
}
