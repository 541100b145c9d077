package uk.secgov.calendar;

import java.util.List;
import java.util.Optional;

/** The append-only record of calendar overrides: added, never changed or removed. */
public interface CalendarOverrides {

    CalendarOverride add(CalendarOverride override);

    Optional<CalendarOverride> byId(long id);

    /** Every override, oldest first (a handful a year: the calendar reads them all). */
    List<CalendarOverride> all();

    /** Newest first. */
    List<CalendarOverride> page(int first, int size);

    long count();
}
