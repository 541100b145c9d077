package uk.secgov.calendar;

/** No calendar override with that id. */
public class UnknownCalendarOverride extends RuntimeException {

    public UnknownCalendarOverride(long id) {
        super("No calendar override with id " + id);
    }
}
