package uk.secgov.cplsubmission;

import uk.secgov.platform.refusal.NotFound;

/** No such submission, or one the caller may not see: the two look the same. */
public class UnknownSubmission extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownSubmission(String reference) {
        super("There is no submission " + reference + ".");
    }

    /** The API repeats the reference the caller gave: it says nothing they did not send. */
    @Override
    public String detail() {
        return getMessage();
    }
}
