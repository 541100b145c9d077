package uk.secgov.platform.refusal;

/**
 * A step the record's state does not allow now (a decision on a closed case, a task someone else holds): a conflict
 * with what has been recorded, not bad input. The API answers 409; a page shows the message on its form.
 */
public abstract class Refused extends Refusal {

    private static final long serialVersionUID = 1L;

    protected Refused(String message) {
        super(message);
    }

    /**
     * Whether it is refused because of who asks (their Party), decided by the use case's own rule rather than its
     * {@code @Allowed} roles: the API answers 403, not 409, and a page still shows it on the form.
     */
    public boolean byWhoAsks() {
        return false;
    }
}
