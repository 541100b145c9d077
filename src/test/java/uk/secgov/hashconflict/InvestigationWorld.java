package uk.secgov.hashconflict;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.calendar.WorkingDayCalendarChanged;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.CplImport;
import uk.secgov.cpl.CplImporter;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.DeviceModelKey;
import uk.secgov.cpl.DeviceModelRow;
import uk.secgov.cpl.DeviceType;
import uk.secgov.cpl.EntryFilter;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.NamedFile;
import uk.secgov.cpl.SpecificationVersion;
import uk.secgov.cplsubmission.ConflictRowsDecided;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.CplSubmissions;
import uk.secgov.cplsubmission.InvestigatedSubmissions;
import uk.secgov.cplsubmission.InvestigationDecided;
import uk.secgov.cplsubmission.InvestigationOutcomes;
import uk.secgov.cplsubmission.PanelDelegation;
import uk.secgov.cplsubmission.RowDecision;
import uk.secgov.cplsubmission.RowOutcome;
import uk.secgov.cplsubmission.RowsConflict;
import uk.secgov.cplsubmission.SubmissionEvent;
import uk.secgov.cplsubmission.SubmissionRecord;
import uk.secgov.cplsubmission.SubmissionRecorder;
import uk.secgov.cplsubmission.SubmissionViewer;
import uk.secgov.cplsubmission.SubmissionWithdrawn;
import uk.secgov.cplsubmission.SubmissionsUnderInvestigation;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.party.Directory;
import uk.secgov.party.ManufacturerId;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.testing.Ids;
import uk.secgov.testing.SyncEvent;

/**
 * Hash conflict investigations over records kept in memory: the real services of the feature (detection, the
 * steps, requests and answers, the workspace, {@link RequestRecalculation}) over in-memory stores, the real Working Day
 * calendar (Jollyday holidays, overrides in a list) and a clock the test sets. Events are delivered at once
 * to the observers the test registers (as CDI does in the recording transaction).
 */
public final class InvestigationWorld {

    public static final long SUPPLIER = 12L;
    public static final long SUPPLIER2 = 13L;
    public static final long MANUFACTURER = 14L;
    public static final String CURRENT_HASH = "a".repeat(64);

    private final Ids ids = new Ids(1000);
    /** The directory's ids, in the order the constructor registers the parties. */
    private final Ids partyIds = new Ids(SUPPLIER - 1);
    private Instant now = Instant.parse("2024-07-02T09:00:00Z");

    public final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    public final SyncEvent<InvestigationChanged> changes = new SyncEvent<>();
    public final SyncEvent<RequestDueMoved> dueMoves = new SyncEvent<>();
    public final SyncEvent<InvestigationDecided> decided = new SyncEvent<>();
    public final SyncEvent<WorkingDayCalendarChanged> calendarChanges = new SyncEvent<>();
    public final TestCalendars calendars = new TestCalendars(clock, calendarChanges);
    public final ConflictSettings settings = new ConflictSettings(5, 3);

    private final Investigations investigationStore = new Investigations();
    private final Submissions submissionStore = new Submissions();
    private final Register registerStore = new Register();
    private final Map<Long, Party> parties = new LinkedHashMap<>();

    public final InvestigationRecorder recorder = new InvestigationRecorder();
    public final ConflictDetection detection = new ConflictDetection();
    public final RowWithdrawals withdrawals = new RowWithdrawals();
    public final InvestigationOpening opening = new InvestigationOpening();
    public final Recommendations recommendations = new Recommendations();
    public final PanelDecisions decisions = new PanelDecisions();
    public final OverdueRequests overdue = new OverdueRequests();
    public final InformationRequests requests = new InformationRequests();
    public final RequestAnswers answers = new RequestAnswers();
    public final InvestigationParties involvement = new InvestigationParties();
    public final InvestigationWorkspace workspace = new InvestigationWorkspace();
    public final RequestRecalculation recalculation;
    public final SyncEvent<ConflictRowsDecided> rowsDecided = new SyncEvent<>();
    private final DeviceModel model;

    /** An answer as a party's user gives it, for tests outside this package (the process tests' stand-ins). */
    public static RequestAnswer answer(long requestId, String actor, String answer) {
        return RequestAnswer.of(requestId, Instant.now(), actor, answer, null, null);
    }

    /** A request SECAS asked, for tests outside this package. */
    public static InformationRequest request(long investigationId, long partyId, String question, Instant askedAt,
            int workingDays, Instant dueAt, Instant escalateAt) {
        return InformationRequest.of(investigationId, partyId, null, question, askedAt, "secas", workingDays, dueAt,
                escalateAt);
    }

    public InvestigationWorld() {
        register(Party.register("Bright Energy", PartyCategory.LARGE_SUPPLIER, null, null, "admin", now), SUPPLIER);
        register(Party.register("Volt Supply", PartyCategory.SMALL_SUPPLIER, null, null, "admin", now), SUPPLIER2);
        register(Party.register("Meterworks Ltd", PartyCategory.MANUFACTURER, null, "1063", "admin", now),
                MANUFACTURER);
        Directory directory = new Directory() {
            @Override
            public Optional<Party> party(long id) {
                return Optional.ofNullable(parties.get(id));
            }

            @Override
            public List<Party> enabledParties() {
                return parties.values().stream().filter(Party::isEnabled).toList();
            }

            @Override
            public Optional<Party> dcc() {
                return enabledParties().stream().filter(p -> p.category() == PartyCategory.DCC).findFirst();
            }

            @Override
            public Optional<Party> manufacturer(ManufacturerId manufacturerId) {
                return parties.values().stream().filter(p -> p.manufacturerId().filter(manufacturerId::equals)
                        .isPresent()).findFirst();
            }
        };
        InvestigatedSubmissions investigated = new SubmissionsUnderInvestigation(submissionStore);
        recorder.records = investigationStore;
        recorder.appends = investigationStore;
        recorder.submissions = investigated;
        recorder.directory = directory;
        recorder.changes = changes;
        detection.recorder = recorder;
        detection.appends = investigationStore;
        detection.index = investigationStore;
        detection.records = investigationStore;
        detection.submissions = investigated;
        detection.register = registerStore;
        detection.directory = directory;
        detection.clock = clock;
        withdrawals.recorder = recorder;
        withdrawals.index = investigationStore;
        withdrawals.submissions = investigated;
        withdrawals.clock = clock;
        opening.recorder = recorder;
        opening.clock = clock;
        recommendations.recorder = recorder;
        recommendations.clock = clock;
        decisions.recorder = recorder;
        decisions.submissions = investigated;
        decisions.register = registerStore;
        decisions.clock = clock;
        decisions.decisions = decided;
        overdue.recorder = recorder;
        overdue.requests = investigationStore;
        overdue.clock = clock;
        requests.recorder = recorder;
        requests.appends = investigationStore;
        requests.requests = investigationStore;
        requests.directory = directory;
        requests.calendar = calendars.calendar();
        requests.settings = settings;
        requests.clock = clock;
        answers.recorder = recorder;
        answers.appends = investigationStore;
        answers.requests = investigationStore;
        answers.records = investigationStore;
        answers.clock = clock;
        involvement.recorder = recorder;
        involvement.appends = investigationStore;
        involvement.directory = directory;
        involvement.clock = clock;
        workspace.recorder = recorder;
        workspace.records = investigationStore;
        workspace.listing = investigationStore;
        workspace.index = investigationStore;
        workspace.requests = investigationStore;
        workspace.submissions = investigated;
        workspace.register = registerStore;
        decided.observe(new InvestigationOutcomes(submissionStore, new SubmissionRecorder(submissionStore,
                new SyncEvent<>(), clock), registerStore, rowsDecided)::decided);
        recalculation = new RequestRecalculation(investigationStore, investigationStore, recorder, calendars.calendar(),
                settings, clock, dueMoves);
        calendarChanges.observe(recalculation::calendarChanged);
        model = registerStore.add(DeviceModel.listed(SubmittedRow.of(0, row(1, CURRENT_HASH)), now));
        registerStore.add(HashAssociation.following(Optional.empty(), model.id(), ImageHash.of(CURRENT_HASH), now, null, null,
                "importer", "Imported"));
    }

    public void at(Instant instant) {
        now = instant;
    }

    public Instant now() {
        return now;
    }

    public void onChange(Consumer<InvestigationChanged> observer) {
        changes.observe(observer);
    }

    public void onDueMoved(Consumer<RequestDueMoved> observer) {
        dueMoves.observe(observer);
    }

    /** The Device Model on the CPL (entry id) whose current Hash the submissions challenge. */
    public DeviceModel model() {
        return model;
    }

    public Optional<HashAssociation> currentAssociation() {
        return registerStore.current(model.id());
    }

    /**
     * A submission from {@code partyId} with one row for the CPL model requesting {@code imageHash}, which the
     * rules found in conflict; it goes under investigation (a new one, or it joins the open one). Returns the row.
     */
    public SubmittedRow conflictingSubmission(long partyId, String imageHash) {
        CplSubmission s = submissionStore.add(CplSubmission.received(submissionStore.nextNumber(), partyId, "user",
                now, new NamedFile("form.xlsx", new byte[] {1}), new NamedFile("form.p7s", new byte[] {2})));
        SubmittedRow row = submissionStore.add(SubmittedRow.of(s.id(), row(5, imageHash)));
        submissionStore.add(RowDecision.of(row.id(), now, RowDecision.Stage.RULES, RowOutcome.CONFLICT, "system",
                "Appendix Z 4.3(b)"));
        detection.investigate(new RowsConflict(s.id(), List.of(row.id())));
        return row;
    }

    /** The submitter withdraws the row's submission: recorded on it, then announced. */
    public void submissionWithdrawn(SubmittedRow row, String actor) {
        CplSubmission s = submissionOf(row);
        submissionStore.add(new SubmissionRecord(s, submissionStore.events(s.id()), submissionStore.rows(s.id()),
                submissionStore.decisions(s.id()))
                .withdraw(actor, null, now));
        withdrawals.submissionWithdrawn(new SubmissionWithdrawn(s.id(), s.reference(), actor));
    }

    public CplSubmission submissionOf(SubmittedRow row) {
        return submissionStore.byId(row.submissionId()).orElseThrow();
    }

    /** The row's decisions, oldest first. */
    public List<RowDecision> decisionsOf(SubmittedRow row) {
        return submissionStore.decisions.stream().filter(d -> d.rowId() == row.id()).toList();
    }

    public ConflictInvestigation onlyInvestigation() {
        return investigationStore.investigations.values().stream().reduce((a, b) -> {
            throw new IllegalStateException("more than one investigation");
        }).orElseThrow();
    }

    public InvestigationRecord record() {
        return recorder.record(onlyInvestigation().id());
    }

    public InvestigationViewer secas() {
        return new InvestigationViewer("secas", 1L, true, false);
    }

    public InvestigationViewer userOf(long partyId) {
        return new InvestigationViewer("user" + partyId, partyId, false, false);
    }

    private static DeviceModelRow row(int number, String imageHash) {
        return new DeviceModelRow(number, DeviceType.ESME, "1063", "Meterworks Ltd", "00050201", "MW-E1", "0102",
                "38040401", SpecificationVersion.parse("SMETS2 v4.2").orElseThrow(), "4.0", "CPA-1",
                LocalDate.of(2030, 1, 1), null, imageHash, List.of());
    }

    /** The party as the directory stores it: the next id, which the test knows it by. */
    private void register(Party p, long expectedId) {
        partyIds.assign(p);
        if (p.id() != expectedId) {
            throw new IllegalStateException(p.name() + " registered as " + p.id() + ", not " + expectedId);
        }
        parties.put(p.id(), p);
    }

    private <T> T withId(T entity) {
        return ids.assign(entity);
    }

    private final class Investigations implements InvestigationAppends, InvestigationRecords, InvestigationIndex,
            RequestRecords, InvestigationListing {

        final Map<Long, ConflictInvestigation> investigations = new LinkedHashMap<>();
        final List<InvestigationRow> rows = new ArrayList<>();
        final List<InvestigationParty> partyRecords = new ArrayList<>();
        final List<InformationRequest> requests = new ArrayList<>();
        final List<RequestAnswer> answers = new ArrayList<>();
        final List<InvestigationEvent> events = new ArrayList<>();
        final List<RequestDueDate> dueDates = new ArrayList<>();
        long number;

        @Override
        public long nextNumber() {
            return ++number;
        }

        @Override
        public ConflictInvestigation add(ConflictInvestigation investigation) {
            investigations.put(withId(investigation).id(), investigation);
            return investigation;
        }

        @Override
        public InvestigationRow add(InvestigationRow row) {
            rows.add(withId(row));
            return row;
        }

        @Override
        public InvestigationParty add(InvestigationParty party) {
            partyRecords.add(withId(party));
            return party;
        }

        @Override
        public InformationRequest add(InformationRequest request) {
            requests.add(withId(request));
            return request;
        }

        @Override
        public RequestAnswer add(RequestAnswer answer) {
            answers.add(withId(answer));
            return answer;
        }

        @Override
        public InvestigationEvent add(InvestigationEvent event) {
            events.add(withId(event));
            return event;
        }

        @Override
        public RequestDueDate add(RequestDueDate dueDate) {
            dueDates.add(withId(dueDate));
            return dueDate;
        }

        @Override
        public Optional<ConflictInvestigation> byId(long id) {
            return Optional.ofNullable(investigations.get(id));
        }

        @Override
        public Optional<ConflictInvestigation> byReference(String reference) {
            return investigations.values().stream().filter(i -> i.reference().equals(reference)).findFirst();
        }

        @Override
        public List<ConflictInvestigation> ofAssociation(long challengedAssociationId) {
            return investigations.values().stream().filter(i -> i.challengedAssociationId() == challengedAssociationId)
                    .sorted(Comparator.comparing(ConflictInvestigation::round)).toList();
        }

        @Override
        public Optional<InvestigationRow> rowOf(long rowId) {
            return rows.stream().filter(r -> r.rowId() == rowId).findFirst();
        }

        @Override
        public List<InvestigationRow> rows(long investigationId) {
            return rows.stream().filter(r -> r.investigationId() == investigationId).toList();
        }

        @Override
        public List<InvestigationParty> parties(long investigationId) {
            return partyRecords.stream().filter(p -> p.investigationId() == investigationId).toList();
        }

        @Override
        public List<InformationRequest> requests(long investigationId) {
            return requests.stream().filter(r -> r.investigationId() == investigationId).toList();
        }

        @Override
        public Optional<InformationRequest> request(long requestId) {
            return requests.stream().filter(r -> r.id() == requestId).findFirst();
        }

        @Override
        public List<RequestAnswer> answers(long investigationId) {
            return answers.stream().filter(a -> request(a.requestId()).orElseThrow().investigationId()
                    == investigationId).toList();
        }

        @Override
        public Optional<RequestAnswer> answer(long requestId) {
            return answers.stream().filter(a -> a.requestId() == requestId).findFirst();
        }

        @Override
        public List<RequestDueDate> dueDates(long investigationId) {
            return dueDates.stream().filter(d -> request(d.requestId()).orElseThrow().investigationId()
                    == investigationId).toList();
        }

        @Override
        public List<InformationRequest> unanswered() {
            return requests.stream().filter(r -> answer(r.id()).isEmpty()).toList();
        }

        @Override
        public List<InvestigationEvent> events(long investigationId) {
            return events.stream().filter(e -> e.investigationId() == investigationId).toList();
        }

        @Override
        public List<ConflictInvestigation> page(Long partyId, int first, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(Long partyId) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Submissions implements CplSubmissions {

        final Map<Long, CplSubmission> submissions = new LinkedHashMap<>();
        final List<SubmittedRow> rows = new ArrayList<>();
        final List<RowDecision> decisions = new ArrayList<>();
        final List<SubmissionEvent> events = new ArrayList<>();
        long number;

        @Override
        public long nextNumber() {
            return ++number;
        }

        @Override
        public CplSubmission add(CplSubmission submission) {
            submissions.put(withId(submission).id(), submission);
            return submission;
        }

        @Override
        public SubmissionEvent add(SubmissionEvent event) {
            events.add(withId(event));
            return event;
        }

        @Override
        public SubmittedRow add(SubmittedRow row) {
            rows.add(withId(row));
            return row;
        }

        @Override
        public RowDecision add(RowDecision decision) {
            decisions.add(withId(decision));
            return decision;
        }

        @Override
        public PanelDelegation add(PanelDelegation delegation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CplSubmission> byId(long id) {
            return Optional.ofNullable(submissions.get(id));
        }

        @Override
        public Optional<CplSubmission> byReference(String reference) {
            return submissions.values().stream().filter(s -> s.reference().equals(reference)).findFirst();
        }

        @Override
        public List<SubmissionEvent> events(long submissionId) {
            return events.stream().filter(e -> e.submissionId() == submissionId).toList();
        }

        @Override
        public Map<Long, SubmissionEvent> latestEvents(Collection<Long> submissionIds) {
            Map<Long, SubmissionEvent> latest = new HashMap<>();
            events.stream().filter(e -> submissionIds.contains(e.submissionId()))
                    .forEach(e -> latest.put(e.submissionId(), e));
            return latest;
        }

        @Override
        public List<SubmittedRow> rows(long submissionId) {
            return rows.stream().filter(r -> r.submissionId() == submissionId).toList();
        }

        @Override
        public Optional<SubmittedRow> row(long rowId) {
            return rows.stream().filter(r -> r.id() == rowId).findFirst();
        }

        @Override
        public List<RowDecision> decisions(long submissionId) {
            return decisions.stream().filter(d -> row(d.rowId()).orElseThrow().submissionId() == submissionId)
                    .toList();
        }

        @Override
        public Optional<PanelDelegation> currentDelegation() {
            return Optional.empty();
        }

        @Override
        public List<CplSubmission> visible(SubmissionViewer viewer, int first, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countVisible(SubmissionViewer viewer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isVisible(SubmissionViewer viewer, long submissionId) {
            throw new UnsupportedOperationException();
        }
    }

    private final class Register implements CplRegister {

        final Map<Long, DeviceModel> models = new LinkedHashMap<>();
        final List<HashAssociation> associations = new ArrayList<>();

        @Override
        public Optional<DeviceModel> model(DeviceModelKey key) {
            return models.values().stream().filter(m -> m.key().equals(key)).findFirst();
        }

        @Override
        public Optional<DeviceModel> model(long entryId) {
            return Optional.ofNullable(models.get(entryId));
        }

        @Override
        public DeviceModel add(DeviceModel model) {
            models.put(withId(model).id(), model);
            return model;
        }

        @Override
        public HashAssociation add(HashAssociation association) {
            associations.add(withId(association));
            return association;
        }

        @Override
        public Optional<HashAssociation> current(long deviceModelId) {
            return associations.stream().filter(a -> a.deviceModelId() == deviceModelId).reduce((a, b) -> b);
        }

        @Override
        public List<HashAssociation> history(long deviceModelId) {
            return associations.stream().filter(a -> a.deviceModelId() == deviceModelId).toList();
        }

        @Override
        public List<DeviceModel> currentlyWithHash(ImageHash imageHash, long exceptModelId) {
            return models.values().stream().filter(m -> m.id() != exceptModelId)
                    .filter(m -> current(m.id()).flatMap(HashAssociation::imageHash).filter(imageHash::equals)
                            .isPresent()).toList();
        }

        @Override
        public List<CplEntry> entries(EntryFilter filter, int first, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countEntries(EntryFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CplEntry> entriesAfter(long afterEntryId, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countModels() {
            return models.size();
        }

        @Override
        public CplImport add(CplImport origin) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CplImport> importById(long id) {
            return Optional.empty();
        }

        @Override
        public void addImported(List<CplImporter.ImportedEntry> entries, CplImport origin, String actor) {
            throw new UnsupportedOperationException();
        }
    }
}
