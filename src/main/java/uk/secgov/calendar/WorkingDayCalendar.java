package uk.secgov.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import uk.secgov.platform.time.UkFormat;

/**
 * Answers Working Day questions for every feature. The holidays of a year are worked out once and
 * kept (Jollyday's for good; with the overrides applied until the next override), so a look-up is a
 * map access.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    /** Deadlines are in UK time. */
    public static final ZoneId UK = UkFormat.ZONE;
    /** Consultations and objection windows close at 17:00 UK time. */
    public static final LocalTime CLOSING_TIME = LocalTime.of(17, 0);
    /** The years the calendar answers for. */
    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 2199;

    /** The overrides in force and the holiday maps worked out from them; replaced whole when an override is recorded. */
    private record Snapshot(ActiveOverrides active, Map<Integer, Map<LocalDate, BankHoliday>> years) {
    }

    @Inject
    StatutoryHolidays statutory;

    @Inject
    CalendarOverrides overrides;

    private final Map<Integer, List<BankHoliday>> statutoryYears = new ConcurrentHashMap<>();
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final WorkingDayRule rule = new WorkingDayRule(this::holidaysOf);

    public WorkingDayCalendar() {
    }

    WorkingDayCalendar(StatutoryHolidays statutory, CalendarOverrides overrides) {
        this.statutory = statutory;
        this.overrides = overrides;
    }

    /** N Working Days after {@code anchor}, counted from the Working Day after it, with the days skipped. */
    public WorkingDayCount add(LocalDate anchor, WorkingDays days) {
        checkInRange("from", anchor);
        WorkingDayCount count = rule.add(anchor, days);
        checkInRange("add", count.result());
        return count;
    }

    /** N Working Days after {@code anchor}, at {@code time} UK time (17:00 in winter is 17:00 GMT, in summer 17:00 BST). */
    public ZonedDateTime deadline(LocalDate anchor, WorkingDays days, LocalTime time) {
        return add(anchor, days).result().atTime(time).atZone(UK);
    }

    /** N Working Days after {@code anchor}, at 17:00 UK time: when a consultation or an objection window closes. */
    public ZonedDateTime closingTime(LocalDate anchor, WorkingDays days) {
        return deadline(anchor, days, CLOSING_TIME);
    }

    public boolean isWorkingDay(LocalDate date) {
        checkInRange("date", date);
        return rule.whyNotAWorkingDay(date).isEmpty();
    }

    /** Why a day is not a Working Day ({@code "Sunday"}, the holiday and its source), or empty if it is one. */
    public Optional<String> whyNotAWorkingDay(LocalDate date) {
        checkInRange("date", date);
        return rule.whyNotAWorkingDay(date);
    }

    /** The first Working Day after {@code date} (e.g. the earliest implementation date after a window ends). */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        return add(date, WorkingDays.of(1)).result();
    }

    /** The holiday in force on that day, if any. */
    public Optional<BankHoliday> holidayOn(LocalDate date) {
        checkInRange("date", date);
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    /** The Jollyday holiday of that day as published, ignoring overrides. */
    Optional<BankHoliday> statutoryHolidayOn(LocalDate date) {
        return statutoryOf(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    /** The override in force on that day, if any. */
    Optional<CalendarOverride> activeOverrideOn(LocalDate date) {
        return current().active().on(date);
    }

    /** The cancellation of an override, if it was cancelled. */
    public Optional<CalendarOverride> cancellationOf(long overrideId) {
        return current().active().cancellationOf(overrideId);
    }

    /** The holidays of a year in date order with their sources, and the Jollyday holidays removed by an override. */
    public CalendarYear year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidCalendarRequest("year", "The year must be between " + FIRST_YEAR + " and " + LAST_YEAR
                    + ", but was " + year + ".");
        }
        List<BankHoliday> holidays = new ArrayList<>(holidaysOf(year).values());
        holidays.sort(Comparator.comparing(BankHoliday::date));
        List<CalendarYear.RemovedHoliday> removed = new ArrayList<>();
        for (BankHoliday h : statutoryOf(year)) {
            current().active().on(h.date()).filter(o -> o.kind() == CalendarOverride.Kind.REMOVE_HOLIDAY)
                    .ifPresent(o -> removed.add(new CalendarYear.RemovedHoliday(h, o)));
        }
        return new CalendarYear(year, holidays, removed);
    }

    /** Drops what was worked out from the overrides; the next question reads them again. */
    void forget() {
        snapshot.set(null);
    }

    /**
     * After the transaction that recorded an override ends (committed or rolled back), drops the
     * cache again: another request may have read the overrides while that transaction was open.
     */
    void forgetAfterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) WorkingDayCalendarChanged change) {
        forget();
    }

    private Map<LocalDate, BankHoliday> holidaysOf(int year) {
        Snapshot current = current();
        return current.years().computeIfAbsent(year, y -> current.active().applyTo(y, statutoryOf(y)));
    }

    private List<BankHoliday> statutoryOf(int year) {
        return statutoryYears.computeIfAbsent(year, statutory::of);
    }

    private Snapshot current() {
        Snapshot current = snapshot.get();
        if (current == null) {
            current = new Snapshot(ActiveOverrides.of(List.copyOf(overrides.all())), new ConcurrentHashMap<>());
            snapshot.compareAndSet(null, current);
        }
        return current;
    }

    private static void checkInRange(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidCalendarRequest(field, "Give a date (YYYY-MM-DD).");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidCalendarRequest(field, "The calendar covers " + FIRST_YEAR + " to " + LAST_YEAR
                    + " only; " + date + " is outside it.");
        }
    }
}
