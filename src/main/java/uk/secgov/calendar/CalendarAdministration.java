package uk.secgov.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * Administrators' changes to the Working Day calendar: a proclaimed holiday added, a Jollyday
 * holiday removed, an earlier override cancelled. Each is a new record, and each tells the features
 * with open deadlines ({@link WorkingDayCalendarChanged}) in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CalendarAdministration {


    @Inject
    CalendarOverrides overrides;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Event<WorkingDayCalendarChanged> changed;

    @Inject
    Clock clock;

    /** A holiday proclaimed on a weekday that is a Working Day today (e.g. a state funeral). */
    @Allowed("admin")
    public CalendarOverride addHoliday(LocalDate date, String name, String reason, String actor) {
        CalendarOverride override = CalendarOverride.addHoliday(date, name, reason, actor, clock.instant());
        calendar.isWorkingDay(date);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new InvalidCalendarRequest("date", UkFormat.DAY.format(date)
                    + " is a weekend day, never a Working Day: a holiday there changes nothing.");
        }
        refuseIfOverridden(date);
        calendar.holidayOn(date).ifPresent(h -> {
            throw new InvalidCalendarRequest("date", UkFormat.DAY.format(date) + " is already a bank holiday (" + h.name() + ").");
        });
        return record(override);
    }

    /** A Jollyday holiday that is not observed after all: the day becomes a Working Day. */
    @Allowed("admin")
    public CalendarOverride removeHoliday(LocalDate date, String reason, String actor) {
        CalendarOverride override = CalendarOverride.removeHoliday(date, reason, actor, clock.instant());
        calendar.isWorkingDay(date);
        refuseIfOverridden(date);
        if (calendar.statutoryHolidayOn(date).isEmpty()) {
            throw new InvalidCalendarRequest("date", UkFormat.DAY.format(date)
                    + " is not a bank holiday in the Jollyday calendar: there is nothing to remove.");
        }
        return record(override);
    }

    /** Undoes an override by a new record; the cancelled one stays on record. */
    @Allowed("admin")
    public CalendarOverride cancel(long overrideId, String reason, String actor) {
        CalendarOverride cancelled = overrides.byId(overrideId).orElseThrow(UnknownCalendarOverride::new);
        CalendarOverride cancellation = cancelled.cancellation(reason, actor, clock.instant());
        calendar.cancellationOf(overrideId).ifPresent(c -> {
            throw new InvalidCalendarRequest("cancels", "Override #" + overrideId + " was already cancelled by #"
                    + c.id() + ".");
        });
        return record(cancellation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public List<CalendarOverride> history(int first, int size) {
        return overrides.page(first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("admin")
    public long historyCount() {
        return overrides.count();
    }

    private void refuseIfOverridden(LocalDate date) {
        calendar.activeOverrideOn(date).ifPresent(o -> {
            throw new InvalidCalendarRequest("date", UkFormat.DAY.format(date) + " already has override #" + o.id() + " ("
                    + o.kind().label().toLowerCase(Locale.UK) + "): cancel it instead.");
        });
    }

    private CalendarOverride record(CalendarOverride override) {
        CalendarOverride saved = overrides.add(override);
        calendar.forget();
        changed.fire(new WorkingDayCalendarChanged(saved.id(), saved.kind(), List.of(saved.date()), saved.reason(),
                saved.recordedAt(), saved.recordedBy()));
        return saved;
    }
}
