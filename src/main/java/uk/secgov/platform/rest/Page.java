package uk.secgov.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import uk.secgov.platform.input.InvalidInput;

/** One page of a list the API returns: the total, where the page starts, and its items. */
public record Page<T>(long total, int first, List<T> items) {

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 500;

    /**
     * Asks for the page a caller requested; {@code first} must be at least 0 and {@code size} from 1 to
     * {@link #MAX_SIZE}, or the caller hears which parameter is wrong (400) rather than another page.
     */
    public static <T> Page<T> of(int first, int size, LongSupplier total, BiFunction<Integer, Integer, List<T>> query) {
        List<InvalidInput.Violation> problems = new ArrayList<>();
        if (first < 0) {
            problems.add(new InvalidInput.Violation("first", "first must be 0 or more, but was " + first + "."));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new InvalidInput.Violation("size", "size must be from 1 to " + MAX_SIZE + ", but was " + size + "."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Page<>(total.getAsLong(), first, query.apply(first, size));
    }
}
