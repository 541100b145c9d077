package uk.secgov.cplsubmission;

/** No such submission, or one the caller may not see: the two look the same. */
public class SubmissionNotFound extends RuntimeException {

    public SubmissionNotFound(String reference) {
        super("There is no submission " + reference + ".");
    }
}
