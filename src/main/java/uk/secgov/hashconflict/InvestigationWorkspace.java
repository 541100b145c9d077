package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.calendar.WorkingDays;
import uk.secgov.cpl.ConflictSettings;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.DeviceModelKey;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.NamedFile;
import uk.secgov.cpl.UkDate;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.CplSubmissions;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationParty.Why;
import uk.secgov.hashconflict.InvestigationRecord.State;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.security.Allowed;

/**
 * What people do on an investigation outside its process steps: SECAS adds or removes parties and asks
 * questions; a party's users answer their own party's requests with evidence; everyone involved reads
 * what they may see. An investigation or request the caller may not see is not found.
 *
 * <p>It is near 400 lines because it serves both the reads (the list, the whole workspace view and the eight records
 * it is read as) and the writes outside the process (parties, questions, answers, evidence), each with the same
 * visibility check for the caller; it would split into a query and a use-case type if it grows further.
 */
@ApplicationScoped
@Transactional
public class InvestigationWorkspace {

    @Inject
    ConflictInvestigations investigations;

    @Inject
    HashConflicts conflicts;

    @Inject
    CplSubmissions submissions;

    @Inject
    CplRegister register;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ConflictSettings settings;

    @Inject
    Clock clock;

    @Inject
    uk.secgov.party.Directory directory;

    /** The caller as the security layer knows them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SIGNED_IN)
    public InvestigationViewer viewer(String username, Predicate<String> hasRole) {
        Long party = directory.user(username).map(UserAccount::party).map(Party::id).orElse(null);
        return new InvestigationViewer(username, party, hasRole.test("secas"), hasRole.test("panel"));
    }

    /** One line of the list of investigations. */
    public record InvestigationLine(String reference, ConflictInvestigation.Kind kind, long entryId, String state,
            Instant openedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public List<InvestigationLine> page(InvestigationViewer viewer, int first, int size) {
        if (!viewer.seesAll() && viewer.partyId() == null) {
            return List.of();
        }
        return investigations.page(viewer.seesAll() ? null : viewer.partyId(), first, size).stream()
                .map(i -> new InvestigationLine(i.reference(), i.kind(), i.deviceModelId(),
                        conflicts.record(i.id()).state().label(), i.openedAt())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public long count(InvestigationViewer viewer) {
        return !viewer.seesAll() && viewer.partyId() == null ? 0 : investigations.count(viewer.seesAll() ? null
                : viewer.partyId());
    }

    /** A conflicting row, with its submission. */
    public record ConflictingRow(long rowId, String submissionReference, String submittingParty, int rowNumber,
            String imageHash, DeviceModelKey key, Instant receivedAt, boolean active) {
    }

    /** A party in the investigation. */
    public record PartyLine(long partyId, String name, String why) {
    }

    /** A request with its answer, if any. */
    public record RequestLine(long id, long partyId, String partyName, String question, Long followsRequestId,
            Instant askedAt, String askedBy, Instant dueAt, Instant escalateAt, RequestAnswer answer) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** A step of the timeline with what happened in plain English ({@link InvestigationEvent.Kind#label}). */
    public record TimelineLine(InvestigationEvent event, String label) {
    }

    /** The workspace: both Hashes and where they came from, the rows, the parties, requests, timeline. */
    public record InvestigationView(ConflictInvestigation investigation, State state, DeviceModel entry,
            HashAssociation challenged, String challengedOrigin, String challengedSubmissionReference,
            List<ConflictingRow> rows, List<PartyLine> parties, List<RequestLine> requests,
            List<TimelineLine> timeline, boolean seesAll, List<String> requestedHashes) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public InvestigationView view(InvestigationViewer viewer, String reference) {
        InvestigationRecord r = visible(viewer, reference);
        ConflictInvestigation i = r.investigation();
        HashAssociation challenged = register.history(i.deviceModelId()).stream()
                .filter(a -> a.id() == i.challengedAssociationId()).findFirst().orElseThrow();
        java.util.Set<Long> active = new java.util.HashSet<>();
        conflicts.activeRows(r).forEach(ir -> active.add(ir.rowId()));
        List<ConflictingRow> rows = new ArrayList<>();
        for (InvestigationRow ir : r.rows()) {
            SubmittedRow row = submissions.row(ir.rowId()).orElseThrow();
            CplSubmission s = submissions.byId(row.submissionId()).orElseThrow();
            rows.add(new ConflictingRow(row.id(), s.reference(), conflicts.partyName(s.submittingPartyId()),
                    row.rowNumber(), row.imageHash(), row.key(), s.receivedAt(), active.contains(row.id())));
        }
        List<PartyLine> parties = r.parties().values().stream().map(p -> new PartyLine(p.partyId(),
                conflicts.partyName(p.partyId()), p.why().label())).toList();
        Map<Long, RequestAnswer> answers = r.answersByRequest();
        List<RequestLine> requests = r.requests().stream()
                .filter(q -> viewer.seesAll() || q.partyId() == viewer.partyId())
                .map(q -> new RequestLine(q.id(), q.partyId(), conflicts.partyName(q.partyId()), q.question(),
                        q.followsRequestId().orElse(null), q.askedAt(), q.askedBy(), r.due(q).dueAt(),
                        r.due(q).escalateAt(), answers.get(q.id()))).toList();
        List<TimelineLine> timeline = (viewer.seesAll() ? r.events() : r.events().stream()
                .filter(e -> sharedWithParties(e) || e.requestId().flatMap(r::request)
                        .filter(q -> q.partyId() == viewer.partyId()).isPresent()).toList()).stream()
                .map(e -> line(r, e)).toList();
        return new InvestigationView(i, r.state(), register.model(i.deviceModelId()).orElseThrow(), challenged,
                conflicts.originOf(challenged), challenged.submissionId().flatMap(submissions::byId)
                        .map(CplSubmission::reference).orElse(null), rows, parties, requests, timeline,
                viewer.seesAll(), conflicts.requestedHashes(r));
    }

    private TimelineLine line(InvestigationRecord r, InvestigationEvent e) {
        Optional<InformationRequest> q = e.requestId().flatMap(r::request);
        return new TimelineLine(e, e.label(q.map(x -> conflicts.partyName(x.partyId())).orElse(null),
                q.flatMap(InformationRequest::followsRequestId).isPresent()));
    }

    /** What every involved party may read on the timeline: how it started, how it ended. */
    private static boolean sharedWithParties(InvestigationEvent e) {
        return e.kind() == Kind.DETECTED || e.kind() == Kind.OPENED || e.kind() == Kind.DECIDED
                || e.kind() == Kind.CPL_UPDATED || e.kind() == Kind.WITHDRAWN;
    }

    /** SECAS brings a party into the investigation. */
    @Allowed("secas")
    public void addParty(InvestigationViewer viewer, String reference, long partyId) {
        InvestigationRecord r = runBySecas(viewer, reference, "take a party in");
        Party party = directory.party(partyId).orElseThrow(() -> new InvestigationRefused("No party " + partyId + "."));
        if (r.involves(partyId)) {
            throw new InvestigationRefused(party.name() + " is already involved.");
        }
        investigations.add(InvestigationParty.of(r.investigation().id(), partyId, Why.ADDED_BY_SECAS, true,
                clock.instant(), viewer.username()));
        conflicts.event(r.investigation(), Kind.PARTY_ADDED, null, null, viewer.username(), party.name()
                + " added to the investigation.");
    }

    /** SECAS takes a party out (its earlier requests and answers stay on record). */
    @Allowed("secas")
    public void removeParty(InvestigationViewer viewer, String reference, long partyId) {
        InvestigationRecord r = runBySecas(viewer, reference, "take a party out");
        InvestigationParty p = r.parties().get(partyId);
        if (p == null) {
            throw new InvestigationRefused("That party is not involved.");
        }
        investigations.add(InvestigationParty.of(r.investigation().id(), partyId, p.why(), false, clock.instant(),
                viewer.username()));
        conflicts.event(r.investigation(), Kind.PARTY_REMOVED, null, null, viewer.username(),
                conflicts.partyName(partyId) + " removed from the investigation.");
    }

    /**
     * SECAS asks an involved party a question, due {@code workingDays} Working Days after today at 17:00
     * UK time (the default from the settings when null); it escalates the configured Working Days later.
     */
    @Allowed("secas")
    public InformationRequest ask(InvestigationViewer viewer, String reference, long partyId, String question,
            Integer workingDays, Long followsRequestId) {
        InvestigationRecord r = runBySecas(viewer, reference, "take questions");
        r.require("take questions", State.INVESTIGATING);
        if (question == null || question.isBlank()) {
            throw new InvestigationRefused("Write the question.");
        }
        if (question.strip().length() > 4000) {
            throw new InvestigationRefused("A question is at most 4000 characters.");
        }
        if (!r.involves(partyId)) {
            throw new InvestigationRefused("Only an involved party can be asked; add it first.");
        }
        Party party = directory.party(partyId).orElseThrow();
        if (!party.category().isSupplier() && party.category() != PartyCategory.DCC
                && party.category() != PartyCategory.MANUFACTURER) {
            throw new InvestigationRefused(party.name() + " has no users who can answer (a Supplier, the DCC or a"
                    + " manufacturer can).");
        }
        if (followsRequestId != null && r.request(followsRequestId).filter(q -> q.partyId() == partyId).isEmpty()) {
            throw new InvestigationRefused("A follow-up question follows an earlier request to the same party.");
        }
        int days = workingDays == null ? settings.answerWorkingDays() : workingDays;
        if (days < 1 || days > 60) {
            throw new InvestigationRefused("The answer is due 1 to 60 Working Days later, not " + days + ".");
        }
        Instant now = clock.instant();
        DueDates dates = dueDates(now, days);
        InformationRequest q = investigations.add(InformationRequest.of(r.investigation().id(), partyId,
                followsRequestId, question.strip(), now, viewer.username(), days, dates.due().toInstant(),
                dates.escalation().toInstant()));
        conflicts.event(r.investigation(), Kind.ASKED, null, q.id(), viewer.username(), (followsRequestId == null
                ? "Question to " : "Follow-up question to ") + party.name() + ", due " + UkDate.of(q.dueAt())
                + " 17:00: " + question.strip());
        return q;
    }

    /** When a question asked now would be due and escalate: N Working Days later, 17:00 UK time. */
    public record DueDates(int workingDays, java.time.ZonedDateTime due, java.time.ZonedDateTime escalation) {
    }

    /** The due and escalation dates of a question asked today with this many Working Days (for the form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SIGNED_IN)
    public DueDates dueDates(int workingDays) {
        if (workingDays < 1 || workingDays > 60) {
            throw new InvestigationRefused("The answer is due 1 to 60 Working Days later, not " + workingDays + ".");
        }
        return dueDates(clock.instant(), workingDays);
    }

    /** The Working Days a question gets unless SECAS says otherwise. */
    @Allowed(Allowed.SIGNED_IN)
    public int defaultWorkingDays() {
        return settings.answerWorkingDays();
    }

    private DueDates dueDates(Instant now, int days) {
        return dueDates(calendar, settings, now, days);
    }

    /**
     * The due and escalation dates of a question asked at {@code askedAt} with this many Working Days, on the
     * calendar as it is now: due N Working Days after the day asked, 17:00 UK time; escalating the configured
     * Working Days after the due date. Asking and the recalculation after a calendar change both count so.
     */
    static DueDates dueDates(WorkingDayCalendar calendar, ConflictSettings settings, Instant askedAt, int days) {
        LocalDate asked = askedAt.atZone(WorkingDayCalendar.UK).toLocalDate();
        java.time.ZonedDateTime due = calendar.closingTime(asked, WorkingDays.of(days));
        return new DueDates(days, due, escalationAfter(calendar, settings, due));
    }

    /** The escalation date of a request due at {@code due}. */
    static java.time.ZonedDateTime escalationAfter(WorkingDayCalendar calendar, ConflictSettings settings,
            java.time.ZonedDateTime due) {
        return settings.escalationWorkingDays() == 0 ? due
                : calendar.closingTime(due.withZoneSameInstant(WorkingDayCalendar.UK).toLocalDate(),
                        WorkingDays.of(settings.escalationWorkingDays()));
    }

    /** The parties SECAS could bring in: enabled Suppliers, the DCC and manufacturers not involved now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("secas")
    public List<PartyLine> partiesToAdd(InvestigationViewer viewer, String reference) {
        InvestigationRecord r = visible(viewer, reference);
        if (!viewer.secas() || r.isClosed()) {
            return List.of();
        }
        return directory.parties(0, 1000).stream().filter(Party::isEnabled)
                .filter(p -> p.category().isSupplier() || p.category() == PartyCategory.DCC
                        || p.category() == PartyCategory.MANUFACTURER)
                .filter(p -> !r.involves(p.id()))
                .map(p -> new PartyLine(p.id(), p.name(), p.category().label())).toList();
    }

    /**
     * A party's user answers a request to their own party (another party's request is not found), once,
     * while the investigation runs.
     */
    @Allowed({"supplier", "dcc", "manufacturer"})
    public RequestAnswer answer(InvestigationViewer viewer, String reference, long requestId, String answer,
            NamedFile evidence, String evidenceType) {
        return answer(viewer, reference, requestId, answer, evidence, evidenceType, false);
    }

    /** The same, from the completion of the request's task. */
    @Allowed(Allowed.SYSTEM)
    public RequestAnswer answerFromTask(InvestigationViewer viewer, long requestId, String answer) {
        InformationRequest q = investigations.request(requestId).orElseThrow(() -> new UnknownInvestigation("#"
                + requestId));
        return answer(viewer, investigations.byId(q.investigationId()).orElseThrow().reference(), requestId, answer,
                null, null, true);
    }

    private RequestAnswer answer(InvestigationViewer viewer, String reference, long requestId, String answer,
            NamedFile evidence, String evidenceType, boolean fromProcess) {
        InvestigationRecord r = visible(viewer, reference);
        InformationRequest q = r.request(requestId).filter(x -> viewer.partyId() != null
                && x.partyId() == viewer.partyId()).orElseThrow(() -> new UnknownInvestigation(reference + " request "
                        + requestId));
        if (r.isClosed()) {
            throw new InvestigationRefused("Investigation " + reference + " is " + r.state().label().toLowerCase()
                    + ": it takes no more answers.");
        }
        if (r.answersByRequest().containsKey(requestId)) {
            throw new InvestigationRefused("This request is already answered; SECAS can ask a follow-up question.");
        }
        if (answer == null || answer.isBlank()) {
            throw new InvestigationRefused("Write the answer.");
        }
        if (answer.strip().length() > 4000) {
            throw new InvestigationRefused("An answer is at most 4000 characters; attach longer material as evidence.");
        }
        if (evidence != null && evidence.bytes().length > 20 * 1024 * 1024) {
            throw new InvestigationRefused("Evidence files are at most 20 MB.");
        }
        RequestAnswer a = investigations.add(RequestAnswer.of(requestId, clock.instant(), viewer.username(),
                answer.strip(), evidence != null && evidence.bytes().length > 0 ? evidence : null, evidenceType));
        conflicts.event(r.investigation(), Kind.ANSWERED, null, requestId, viewer.username(),
                conflicts.partyName(q.partyId()) + " answered" + (a.evidenceName().map(n -> " with evidence " + n)
                        .orElse("")) + ": " + answer.strip(), fromProcess);
        return a;
    }

    /** The evidence of an answer the viewer may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public Optional<Evidence> evidence(InvestigationViewer viewer, String reference, long requestId) {
        InvestigationRecord r = visible(viewer, reference);
        r.request(requestId).filter(q -> viewer.seesAll() || q.partyId() == viewer.partyId())
                .orElseThrow(() -> new UnknownInvestigation(reference + " request " + requestId));
        return investigations.answer(requestId).filter(a -> a.evidenceName().isPresent())
                .map(a -> new Evidence(a.evidenceName().get(), a.evidenceType(), a.evidenceBytes()));
    }

    /** An evidence file as uploaded. */
    public record Evidence(String name, String contentType, byte[] bytes) {
    }

    /** The investigation deciding a submitted row, for the submission page (if the viewer may see it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SIGNED_IN)
    public Optional<String> investigationOfRow(InvestigationViewer viewer, long rowId) {
        return investigations.rowOf(rowId).flatMap(ir -> investigations.byId(ir.investigationId()))
                .filter(i -> viewer.seesAll() || conflicts.record(i.id()).involves(viewer.partyId() == null ? -1
                        : viewer.partyId()))
                .map(ConflictInvestigation::reference);
    }

    private InvestigationRecord visible(InvestigationViewer viewer, String reference) {
        ConflictInvestigation i = investigations.byReference(reference == null ? "" : reference)
                .orElseThrow(() -> new UnknownInvestigation(reference));
        InvestigationRecord r = conflicts.record(i.id());
        if (!viewer.seesAll() && (viewer.partyId() == null || !r.involves(viewer.partyId()))) {
            throw new UnknownInvestigation(reference);
        }
        return r;
    }

    private InvestigationRecord runBySecas(InvestigationViewer viewer, String reference, String step) {
        InvestigationRecord r = visible(viewer, reference);
        if (!viewer.secas()) {
            throw new InvestigationRefused("Only SECAS runs an investigation.");
        }
        if (r.isClosed()) {
            throw new InvestigationRefused("Investigation " + reference + " is " + r.state().label().toLowerCase()
                    + ": it cannot " + step + ".");
        }
        return r;
    }
}
