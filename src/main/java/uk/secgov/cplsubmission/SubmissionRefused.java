package uk.secgov.cplsubmission;

import uk.secgov.platform.refusal.Refused;

/**
 * A step on a submission that its state or the caller does not allow, or a completion that says too little, with
 * the reason: where the submission is and what to do instead. A conflict with the submission's state, not bad input.
 */
public class SubmissionRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public SubmissionRefused(String reason) {
        super(reason);
    }
}
