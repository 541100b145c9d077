package uk.secgov.calendar;

import jakarta.enterprise.event.Event;
import java.time.Clock;

/** The Working Day calendar for other features' tests: real Jollyday holidays, overrides kept in a list. */
public final class TestCalendars {

    private final CalendarFixtures.OverrideList overrides = new CalendarFixtures.OverrideList();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(new JollydayHolidays(), overrides);
    private final CalendarAdministration administration = new CalendarAdministration();

    /** {@code changed} receives each change the way CDI delivers it inside the recording transaction. */
    public TestCalendars(Clock clock, Event<WorkingDayCalendarChanged> changed) {
        administration.overrides = overrides;
        administration.calendar = calendar;
        administration.clock = clock;
        administration.changed = changed;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public CalendarAdministration administration() {
        return administration;
    }
}
