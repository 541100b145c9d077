package uk.secgov.platform.rest;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/** One page of a list the API returns: the total, where the page starts, and its items. */
public record Page<T>(long total, int first, List<T> items) {

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 500;

    /** Asks for the page a caller requested, with {@code first} at least 0 and {@code size} between 1 and {@link #MAX_SIZE}. */
    public static <T> Page<T> of(int first, int size, LongSupplier total, BiFunction<Integer, Integer, List<T>> query) {
        int from = Math.max(first, 0);
        int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
        return new Page<>(total.getAsLong(), from, query.apply(from, pageSize));
    }
}
