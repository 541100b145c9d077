package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDayCount;
import uk.secgov.calendar.WorkingDays;

/** Deadlines in Working Days from the calendar, each with the calendar's own explanation. */
@ApplicationScoped
public class CalendarDeadlines implements Deadlines {

    @Inject
    WorkingDayCalendar calendar;

    public CalendarDeadlines() {
    }

    public CalendarDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Deadline closingAfter(KeyDateKind kind, LocalDate anchor, int workingDays) {
        WorkingDayCount count = calendar.add(anchor, WorkingDays.of(workingDays));
        return new Deadline(kind, anchor, workingDays, calendar.closingTime(anchor, WorkingDays.of(workingDays)),
                count.explanation() + " Closes at 17:00 UK time.");
    }

    @Override
    public int workingDaysBetween(LocalDate after, LocalDate upTo) {
        int count = 0;
        for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Deadline firstWorkingDayAfter(KeyDateKind kind, LocalDate date) {
        WorkingDayCount count = calendar.add(date, WorkingDays.of(1));
        return new Deadline(kind, date, null, count.result().atStartOfDay(WorkingDayCalendar.UK),
                "The first Working Day after " + count.anchor() + ": " + count.explanation());
    }
}
