package uk.secgov.cpl;

import java.util.List;

/** A submission form that cannot be accepted, with every problem found in it (not just the first). */
public class InvalidForm extends RuntimeException {

    private final transient List<FormError> errors;

    public InvalidForm(List<FormError> errors) {
        super(errors.size() == 1 ? errors.get(0).describe()
                : "The form has " + errors.size() + " problems; the first is: " + errors.get(0).describe());
        this.errors = List.copyOf(errors);
    }

    public List<FormError> errors() {
        return errors;
    }
}
