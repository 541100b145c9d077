package uk.secgov.cpl;

import java.util.List;
import uk.secgov.platform.refusal.InvalidRequest;

/** A submission form that cannot be accepted, with every problem found in it (not just the first). */
public class InvalidForm extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    private final transient List<FormError> errors;

    public InvalidForm(List<FormError> errors) {
        super(errors.size() == 1 ? errors.get(0).describe()
                : "The form has " + errors.size() + " problems; the first is: " + errors.get(0).describe(),
                errors.stream().map(e -> new Violation(e.field(), e.describe())).toList());
        this.errors = List.copyOf(errors);
    }

    /** Each problem by row and column. */
    public List<FormError> errors() {
        return errors;
    }

    @Override
    public String detail() {
        return errors.size() == 1 ? "The form has a problem." : "The form has " + errors.size() + " problems.";
    }
}
