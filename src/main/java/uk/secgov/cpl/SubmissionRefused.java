package uk.secgov.cpl;

/** An action on a submission that its state or the caller's role does not allow, with the reason. */
public class SubmissionRefused extends RuntimeException {

    public SubmissionRefused(String reason) {
        super(reason);
    }
}
