package uk.secgov.calendar;

import uk.secgov.platform.refusal.NotFound;

/** No calendar override with the id asked for. */
public class UnknownCalendarOverride extends NotFound {

    private static final long serialVersionUID = 1L;

    public UnknownCalendarOverride() {
        super("There is no such override.");
    }
}
