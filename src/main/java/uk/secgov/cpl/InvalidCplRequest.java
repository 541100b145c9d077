package uk.secgov.cpl;

import uk.secgov.platform.refusal.InvalidRequest;

/** A request about the CPL that is missing something or says something impossible, with the field and reason. */
public class InvalidCplRequest extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    public InvalidCplRequest(String field, String message) {
        super(field, message);
    }

    /** The field the message is about. */
    public String field() {
        return violations().get(0).field();
    }
}
