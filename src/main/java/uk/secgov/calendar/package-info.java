/**
 * The Working Day calendar: which days count as Working Days (every day except Saturday, Sunday and
 * England &amp; Wales bank holidays) and the SEC rule for adding N Working Days, which counts from
 * the Working Day after the anchor date. Bank holidays come from Jollyday (calendar {@code gb},
 * hierarchy {@code eng}); an administrator adds a proclaimed holiday or removes one with dated,
 * append-only {@link uk.secgov.calendar.CalendarOverride overrides} (a cancellation is a new record).
 * Deadlines carry a time of day: {@link uk.secgov.calendar.WorkingDayCalendar#closingTime} gives N
 * Working Days after an anchor at 17:00 UK time.
 *
 * <p><b>Contract for features with open deadlines.</b> Every override (an added holiday, a removed
 * one, a cancellation) fires one {@link uk.secgov.calendar.WorkingDayCalendarChanged} CDI event,
 * synchronously and inside the transaction that records the override, after the override is
 * flushed and the calendar's cache dropped: an observer ({@code @Observes}, default phase) that asks
 * the calendar again already gets the new answer, and whatever it records (recalculated deadlines,
 * a note on each affected case) commits or rolls back together with the override. The event names
 * the dates whose status changed; a deadline is affected when one of those dates lies after its
 * anchor and on or before its old or its new due date. Observers must not swallow failures they
 * cannot handle: an exception rolls the override back.
 *
 * <p>Releases are a separate feature ({@code uk.secgov.release}): this one is arithmetic over days.
 */
package uk.secgov.calendar;
