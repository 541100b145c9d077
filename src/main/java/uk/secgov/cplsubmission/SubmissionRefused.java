package uk.secgov.cplsubmission;

/**
 * A step on a submission that its state or the caller does not allow, or a completion that says too little, with
 * the reason: where the submission is and what to do instead. A conflict with the submission's state, not bad input.
 */
public class SubmissionRefused extends RuntimeException {

    public SubmissionRefused(String reason) {
        super(reason);
    }
}
