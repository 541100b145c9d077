package uk.secgov.cpl;

/** A request about the CPL that is missing something or says something impossible, with the field and reason. */
public class InvalidCplRequest extends RuntimeException {

    private final String field;

    public InvalidCplRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
