package uk.secgov.testing;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database does for an in-memory store: gives each new record the next id. A record's id is generated, so
 * the domain offers no way to set it; like the JPA provider, this writes the {@code id} field itself (it may be
 * declared on a superclass, such as the chains' step). It writes nothing else: a fixture builds its records through
 * the domain's own factories.
 */
public final class Ids {

    private final AtomicLong last;

    /** Ids after {@code last}: 1 for a store that starts from 0, or a start far from the demo data's ids. */
    public Ids(long last) {
        this.last = new AtomicLong(last);
    }

    /** Gives the record the next id and returns it. */
    public <T> T assign(T record) {
        return stored(record, last.incrementAndGet());
    }

    /** The record as the database gives it back under {@code id}, for a test that names the ids it reads. */
    public static <T> T stored(T record, long id) {
        for (Class<?> type = record.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField("id");
                f.setAccessible(true);
                f.set(record, id);
                return record;
            } catch (NoSuchFieldException declaredHigherUp) {
                continue;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No id in " + record.getClass());
    }
}
