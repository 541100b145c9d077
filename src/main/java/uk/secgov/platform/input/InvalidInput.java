package uk.secgov.platform.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text or a list that no use case accepts, whatever it is for: a control character, too long, too
 * many items, an empty item. Each problem names the field (or parameter) as the caller sent it.
 */
public class InvalidInput extends RuntimeException {

    /** One field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidInput(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public InvalidInput(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
