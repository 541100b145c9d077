package uk.secgov.testing;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database does for an in-memory store: gives each new record the next id. Also sets any other field a JPA
 * mapping fills and the domain does not expose (the field may be declared on a superclass, such as the chains' step).
 */
public final class Ids {

    private final AtomicLong last;

    /** Ids after {@code last}: 1 for a store that starts from 0, or a start far from the demo data's ids. */
    public Ids(long last) {
        this.last = new AtomicLong(last);
    }

    /** Gives the record the next id and returns it. */
    public <T> T assign(T record) {
        set(record, "id", last.incrementAndGet());
        return record;
    }

    public static void set(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(name);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException declaredHigherUp) {
                continue;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No field " + name + " in " + target.getClass());
    }
}
