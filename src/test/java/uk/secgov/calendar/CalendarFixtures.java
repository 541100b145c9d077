package uk.secgov.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.secgov.testing.Ids;
import uk.secgov.testing.SyncEvent;

/**
 * The calendar wired by hand: real Jollyday holidays, overrides kept in a list, events collected and delivered (after
 * completion, as CDI would without a transaction) to the calendar.
 */
final class CalendarFixtures {

    static final Instant NOW = Instant.parse("2022-09-10T10:00:00Z");

    final OverrideList overrides = new OverrideList();
    final JollydayHolidays jollyday = new JollydayHolidays();
    final WorkingDayCalendar calendar = new WorkingDayCalendar(jollyday, overrides);
    final SyncEvent<WorkingDayCalendarChanged> changes = new SyncEvent<>();
    final List<WorkingDayCalendarChanged> events = changes.fired;
    final CalendarAdministration administration = new CalendarAdministration();

    CalendarFixtures() {
        administration.overrides = overrides;
        administration.calendar = calendar;
        administration.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        administration.changed = changes.observe(calendar::forgetAfterCompletion);
    }

    /** The append-only record, in memory; ids given as the database would. */
    static final class OverrideList implements CalendarOverrides {

        final List<CalendarOverride> rows = new ArrayList<>();
        private final Ids ids = new Ids(0);
        int reads;

        @Override
        public CalendarOverride add(CalendarOverride override) {
            rows.add(ids.assign(override));
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
}
