package uk.secgov.modification;

import uk.secgov.platform.refusal.Refused;

/**
 * The case is not at a point where this step can be taken (a conversion before the CSC agreed the
 * problem statement, a vote on a closed case, an objection after the window closed): a conflict
 * with the case's state, not bad input.
 */
public class StepRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public StepRefused(String reason) {
        super(reason);
    }
}
