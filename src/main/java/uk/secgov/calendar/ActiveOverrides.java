package uk.secgov.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The overrides in force: those not cancelled, by day (at most one per day: the administration sees to it). */
final class ActiveOverrides {

    private final Map<LocalDate, CalendarOverride> byDate = new HashMap<>();
    private final Map<Long, CalendarOverride> cancellations = new HashMap<>();

    /** From every override ever recorded, oldest first; a later one for the same day wins. */
    static ActiveOverrides of(List<CalendarOverride> all) {
        ActiveOverrides active = new ActiveOverrides();
        all.stream().filter(o -> o.kind() == CalendarOverride.Kind.CANCELLATION)
                .forEach(c -> active.cancellations.put(c.cancels().orElseThrow(), c));
        all.stream().filter(o -> o.kind() != CalendarOverride.Kind.CANCELLATION)
                .filter(o -> !active.cancellations.containsKey(o.id()))
                .forEach(o -> active.byDate.put(o.date(), o));
        return active;
    }

    Optional<CalendarOverride> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    Optional<CalendarOverride> cancellationOf(long overrideId) {
        return Optional.ofNullable(cancellations.get(overrideId));
    }

    /** The working calendar of one year: the statutory holidays less those removed, plus those added. */
    Map<LocalDate, BankHoliday> applyTo(int year, List<BankHoliday> statutory) {
        Map<LocalDate, BankHoliday> holidays = new HashMap<>();
        statutory.forEach(h -> holidays.put(h.date(), h));
        byDate.values().stream().filter(o -> o.date().getYear() == year).forEach(o -> {
            if (o.kind() == CalendarOverride.Kind.ADD_HOLIDAY) {
                holidays.put(o.date(), new BankHoliday(o.date(), o.name().orElseThrow(), HolidaySource.OVERRIDE, o.id()));
            } else {
                holidays.remove(o.date());
            }
        });
        return Map.copyOf(holidays);
    }
}
