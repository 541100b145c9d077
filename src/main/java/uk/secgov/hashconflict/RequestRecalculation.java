package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.secgov.calendar.MovedDeadline;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDayCalendarChanged;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * The Working Day calendar changed: the due and escalation dates of every unanswered request of every
 * open investigation are computed again from the day it was asked and its Working Days, in the
 * transaction that records the change (the calendar's contract). Each request that moved gets its new
 * dates on record (the request keeps those it was asked with), a {@code DUE_DATE_MOVED} step on the
 * investigation's timeline, and its timers follow ({@link RequestDueMoved}). A date already passed stays:
 * a reminder or escalation already sent stays sent. Answered requests and closed investigations do not move.
 */
@ApplicationScoped
@Transactional
public class RequestRecalculation {

    @Inject
    RequestRecords requests;

    @Inject
    InvestigationAppends appends;

    @Inject
    InvestigationRecorder recorder;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ConflictSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<RequestDueMoved> moved;

    public RequestRecalculation() {
    }

    RequestRecalculation(RequestRecords requests, InvestigationAppends appends, InvestigationRecorder recorder,
            WorkingDayCalendar calendar, ConflictSettings settings, Clock clock, Event<RequestDueMoved> moved) {
        this.requests = requests;
        this.appends = appends;
        this.recorder = recorder;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.moved = moved;
    }

    @Allowed(Allowed.SYSTEM)
    public void calendarChanged(@Observes WorkingDayCalendarChanged change) {
        Instant now = clock.instant();
        Map<Long, InvestigationRecord> records = new HashMap<>();
        for (InformationRequest q : requests.unanswered()) {
            InvestigationRecord r = records.computeIfAbsent(q.investigationId(), recorder::record);
            if (r.isClosed()) {
                continue;
            }
            InvestigationRecord.Due before = r.due(q);
            ZonedDateTime due = before.dueAt().isAfter(now)
                    ? InformationRequests.dueDates(calendar, settings, q.askedAt(), q.dueWorkingDays()).due()
                    : before.dueAt().atZone(WorkingDayCalendar.UK);
            ZonedDateTime escalate = before.escalateAt().isAfter(now)
                    ? InformationRequests.escalationAfter(calendar, settings, due)
                    : before.escalateAt().atZone(WorkingDayCalendar.UK);
            Optional<MovedDeadline> dueMove = MovedDeadline.of(before.dueAt(), due);
            Optional<MovedDeadline> escalationMove = MovedDeadline.of(before.escalateAt(), escalate);
            if (dueMove.isEmpty() && escalationMove.isEmpty()) {
                continue;
            }
            appends.add(RequestDueDate.of(q.id(), due.toInstant(), escalate.toInstant(), now,
                    change.recordedBy(), change.overrideId()));
            String request = "Request " + q.id() + " to " + recorder.partyName(q.partyId()) + ". ";
            String note = dueMove.map(m -> request + m.describe("Due date", change.why()) + escalationMove
                    .map(e -> " It escalates to SECAS on " + UkFormat.WORDS.format(e.to().toInstant()) + " 17:00 if unanswered (was "
                            + UkFormat.WORDS.format(e.from().toInstant()) + ").").orElse(""))
                    .orElseGet(() -> request + "The due date (" + UkFormat.WORDS.format(before.dueAt()) + ") has passed and stays. "
                            + escalationMove.get().describe("Escalation date", change.why()));
            recorder.append(r.investigation(), r.dueDateMoved(q, note, change.recordedBy(), now), false);
            moved.fire(new RequestDueMoved(q.investigationId(), r.investigation().reference(), q.id(),
                    due.toInstant(), escalate.toInstant()));
        }
    }
}
