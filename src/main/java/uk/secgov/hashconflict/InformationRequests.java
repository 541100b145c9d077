package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDays;
import uk.secgov.party.Directory;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.Role;
import uk.secgov.platform.security.Allowed;

/**
 * SECAS's questions to the parties: asked with a due date in Working Days (17:00 UK time) and an escalation date
 * after it, read back by the process for its timers and for the group that answers.
 */
@ApplicationScoped
@Transactional
public class InformationRequests {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigationAppends appends;

    @Inject
    RequestRecords requests;

    @Inject
    Directory directory;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ConflictSettings settings;

    @Inject
    Clock clock;

    /** When a question asked now would be due and escalate: N Working Days later, 17:00 UK time. */
    public record DueDates(int workingDays, ZonedDateTime due, ZonedDateTime escalation) {
    }

    /**
     * SECAS asks an involved party a question, due {@code workingDays} Working Days after today at 17:00
     * UK time (the default from the settings when null); it escalates the configured Working Days later.
     */
    @Allowed("secas")
    public InformationRequest ask(InvestigationViewer viewer, String reference, long partyId, String question,
            Integer workingDays, Long followsRequestId) {
        InvestigationRecord r = recorder.runBySecas(viewer, reference);
        int days = workingDays == null ? settings.answerWorkingDays() : workingDays;
        Instant now = clock.instant();
        InformationRequest q = appends.add(r.ask(partyId, directory.party(partyId), question, days, followsRequestId,
                n -> dueDates(calendar, settings, now, n), viewer.username(), now));
        recorder.append(r.investigation(), r.asked(q, recorder.partyName(partyId)), false);
        return q;
    }

    /** The due and escalation dates of a question asked today with this many Working Days (for the form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SIGNED_IN)
    public DueDates dueDates(int workingDays) {
        requireWorkingDays(workingDays);
        return dueDates(calendar, settings, clock.instant(), workingDays);
    }

    /** The Working Days a question gets unless SECAS says otherwise. */
    @Allowed(Allowed.SIGNED_IN)
    public int defaultWorkingDays() {
        return settings.answerWorkingDays();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public Optional<InformationRequest> request(long requestId) {
        return requests.request(requestId);
    }

    /** The role in which a party's users answer its requests: Supplier, DCC or manufacturer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public Role answeringRole(long partyId) {
        PartyCategory category = directory.party(partyId).orElseThrow(() -> new UnknownInvestigation("party "
                + partyId)).category();
        return category == PartyCategory.DCC ? Role.DCC : category == PartyCategory.MANUFACTURER ? Role.MANUFACTURER
                : Role.SUPPLIER;
    }

    /** A question is due 1 to 60 Working Days after it is asked. */
    static void requireWorkingDays(int workingDays) {
        if (workingDays < 1 || workingDays > 60) {
            throw new IncompleteStep("The answer is due 1 to 60 Working Days later, not " + workingDays + ".");
        }
    }

    /**
     * The due and escalation dates of a question asked at {@code askedAt} with this many Working Days, on the
     * calendar as it is now: due N Working Days after the day asked, 17:00 UK time; escalating the configured
     * Working Days after the due date. Asking and the recalculation after a calendar change both count so.
     */
    static DueDates dueDates(WorkingDayCalendar calendar, ConflictSettings settings, Instant askedAt, int days) {
        LocalDate asked = askedAt.atZone(WorkingDayCalendar.UK).toLocalDate();
        ZonedDateTime due = calendar.closingTime(asked, WorkingDays.of(days));
        return new DueDates(days, due, escalationAfter(calendar, settings, due));
    }

    /** The escalation date of a request due at {@code due}. */
    static ZonedDateTime escalationAfter(WorkingDayCalendar calendar, ConflictSettings settings, ZonedDateTime due) {
        return settings.escalationWorkingDays() == 0 ? due
                : calendar.closingTime(due.withZoneSameInstant(WorkingDayCalendar.UK).toLocalDate(),
                        WorkingDays.of(settings.escalationWorkingDays()));
    }
}
