package uk.secgov.calendar;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The calendar wired by hand: real Jollyday holidays, overrides kept in a list, events collected. */
final class CalendarFixtures {

    static final Instant NOW = Instant.parse("2022-09-10T10:00:00Z");

    final OverrideList overrides = new OverrideList();
    final JollydayHolidays jollyday = new JollydayHolidays();
    final WorkingDayCalendar calendar = new WorkingDayCalendar(jollyday, overrides);
    final List<WorkingDayCalendarChanged> events = new ArrayList<>();
    final CalendarAdministration administration = new CalendarAdministration();

    CalendarFixtures() {
        administration.overrides = overrides;
        administration.calendar = calendar;
        administration.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        administration.changed = new CollectingEvent(events, calendar);
    }

    /** The append-only record, in memory; ids given as the database would. */
    static final class OverrideList implements CalendarOverrides {

        final List<CalendarOverride> rows = new ArrayList<>();
        int reads;

        @Override
        public CalendarOverride add(CalendarOverride override) {
            try {
                Field id = CalendarOverride.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(override, (long) rows.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            rows.add(override);
            return override;
        }

        @Override
        public Optional<CalendarOverride> byId(long id) {
            return rows.stream().filter(o -> o.id() == id).findFirst();
        }

        @Override
        public List<CalendarOverride> all() {
            reads++;
            return List.copyOf(rows);
        }

        @Override
        public List<CalendarOverride> page(int first, int size) {
            return rows.stream().sorted(Comparator.comparing(CalendarOverride::id).reversed()).skip(first).limit(size)
                    .toList();
        }

        @Override
        public long count() {
            return rows.size();
        }
    }

    /** Delivers events like CDI does without a transaction: to the list, and (after completion) to the calendar. */
    private record CollectingEvent(List<WorkingDayCalendarChanged> events, WorkingDayCalendar calendar)
            implements Event<WorkingDayCalendarChanged> {

        @Override
        public void fire(WorkingDayCalendarChanged event) {
            events.add(event);
            calendar.forgetAfterCompletion(event);
        }

        @Override
        public <U extends WorkingDayCalendarChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends WorkingDayCalendarChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<WorkingDayCalendarChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends WorkingDayCalendarChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends WorkingDayCalendarChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
