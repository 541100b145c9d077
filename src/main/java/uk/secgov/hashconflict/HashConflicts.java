package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.UkDate;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.CplSubmissions;
import uk.secgov.cplsubmission.InvestigationDecided;
import uk.secgov.cplsubmission.RowsConflict;
import uk.secgov.cplsubmission.SubmissionEvent;
import uk.secgov.cplsubmission.UnknownSubmission;
import uk.secgov.cplsubmission.SubmissionProcessing;
import uk.secgov.cplsubmission.SubmissionStatus;
import uk.secgov.cplsubmission.SubmissionWithdrawn;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;
import uk.secgov.hashconflict.InvestigationParty.Why;
import uk.secgov.hashconflict.InvestigationRecord.State;
import uk.secgov.party.Directory;
import uk.secgov.party.ManufacturerId;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.Role;
import uk.secgov.platform.security.Allowed;

/**
 * The steps of the {@code hash-conflict-investigation} process (Appendix Z 4.3(b)): a conflicting row
 * opens an investigation or joins the open one on the same current Hash; SECAS opens it, recommends;
 * the Panel decides; the decision is applied to the rows and the CPL. Each step only adds records.
 *
 * <p>It is longer than most classes because it holds every step of the investigation as one use case each
 * (detection, opening, recommendation, decision and its application, rows leaving on withdrawal, reminders,
 * escalation and chasing of requests) with its guards inline; issue 12 item 2 moves the guards onto the
 * investigation's verbs.
 */
@ApplicationScoped
@Transactional
public class HashConflicts {

    @Inject
    ConflictInvestigations investigations;

    @Inject
    CplSubmissions submissions;

    @Inject
    CplRegister register;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Inject
    Event<InvestigationChanged> changes;

    @Inject
    Event<InvestigationDecided> decisions;

    /** The record of an investigation, read whole. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"secas", "panel"})
    public InvestigationRecord record(long investigationId) {
        ConflictInvestigation i = investigations.byId(investigationId)
                .orElseThrow(() -> new UnknownInvestigation("#" + investigationId));
        return new InvestigationRecord(i, investigations.rows(i.id()), investigations.parties(i.id()),
                investigations.requests(i.id()), investigations.answers(i.id()), investigations.events(i.id()),
                investigations.dueDates(i.id()));
    }

    InvestigationEvent event(ConflictInvestigation i, Kind kind, Outcome outcome, Long requestId, String actor,
            String note) {
        return event(i, kind, outcome, requestId, actor, note, false);
    }

    InvestigationEvent event(ConflictInvestigation i, Kind kind, Outcome outcome, Long requestId, String actor,
            String note, boolean fromProcess) {
        return event(i, kind, outcome, null, requestId, actor, note, fromProcess);
    }

    InvestigationEvent event(ConflictInvestigation i, Kind kind, Outcome outcome, String imageHash, Long requestId,
            String actor, String note, boolean fromProcess) {
        InvestigationEvent e = investigations.add(InvestigationEvent.of(i.id(), clock.instant(), kind, outcome,
                imageHash, requestId, actor, note));
        if (changes != null) {
            changes.fire(new InvestigationChanged(i.id(), i.reference(), kind, requestId, fromProcess));
        }
        return e;
    }

    /**
     * Puts each conflicting row of the submission under investigation: the open investigation of the
     * association it challenges if there is one (it joins), else a new one with the relevant Parties proposed.
     */
    @Allowed(Allowed.SYSTEM)
    public void investigate(@Observes RowsConflict conflict) {
        CplSubmission s = submissions.byId(conflict.submissionId())
                .orElseThrow(() -> new UnknownSubmission("#" + conflict.submissionId()));
        for (long rowId : conflict.rowIds()) {
            if (investigations.rowOf(rowId).isEmpty()) {
                investigateRow(s, submissions.row(rowId).orElseThrow());
            }
        }
    }

    /** The submission's rows that wait for an investigation's decision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public List<Long> rowsUnderInvestigation(long submissionId) {
        return submissions.rows(submissionId).stream().map(SubmittedRow::id)
                .filter(id -> investigations.rowOf(id).isPresent()).toList();
    }

    private void investigateRow(CplSubmission s, SubmittedRow row) {
        Instant now = clock.instant();
        Optional<DeviceModel> model = register.model(row.key());
        Optional<HashAssociation> sameModel = model.flatMap(m -> register.current(m.id()))
                .filter(a -> a.imageHash().isPresent());
        ConflictInvestigation.Kind kind;
        HashAssociation challenged;
        if (sameModel.isPresent()) {
            kind = ConflictInvestigation.Kind.DIFFERENT_HASH;
            challenged = sameModel.get();
        } else {
            kind = ConflictInvestigation.Kind.HASH_ELSEWHERE;
            DeviceModel other = register.currentlyWithHash(row.imageHash(), model.map(DeviceModel::id).orElse(-1L))
                    .stream().findFirst().orElseThrow(() -> new IllegalStateException("Row " + row.id()
                            + " is marked as a conflict but nothing on the CPL conflicts with it"));
            challenged = register.current(other.id()).orElseThrow();
        }
        List<ConflictInvestigation> earlier = investigations.ofAssociation(challenged.id());
        Optional<ConflictInvestigation> open = earlier.stream().filter(i -> !record(i.id()).isClosed()).findFirst();
        ConflictInvestigation investigation;
        if (open.isPresent()) {
            investigation = open.get();
            investigations.add(InvestigationRow.of(investigation.id(), row.id(), now));
            proposeParties(investigation, s, row, challenged);
            event(investigation, Kind.JOINED, null, null, SubmissionProcessing.SYSTEM, "Row " + row.rowNumber()
                    + " of submission " + s.reference() + " asks for the same Device Model with Hash "
                    + row.imageHash() + ": it joins this investigation.");
            return;
        }
        long number = investigations.nextNumber();
        investigation = investigations.add(ConflictInvestigation.of(String.format("HCI-%d-%06d",
                java.time.ZonedDateTime.ofInstant(now, java.time.ZoneId.of("Europe/London")).getYear(), number), kind, challenged,
                earlier.size() + 1, now));
        investigations.add(InvestigationRow.of(investigation.id(), row.id(), now));
        proposeParties(investigation, s, row, challenged);
        String existing = "CPL entry " + challenged.deviceModelId() + " has Hash " + challenged.imageHash().orElse("")
                + " (" + originOf(challenged) + ")";
        event(investigation, Kind.DETECTED, null, null, SubmissionProcessing.SYSTEM, (kind
                == ConflictInvestigation.Kind.DIFFERENT_HASH ? "Appendix Z 4.3(b): " + existing + "; row "
                        + row.rowNumber() + " of submission " + s.reference() + " asks for Hash " + row.imageHash() + "."
                        : "The same Hash is claimed for another Device Model: " + existing + "; row " + row.rowNumber()
                                + " of submission " + s.reference() + " claims it for " + row.key() + "."));
    }

    /** Where an association came from, in words. */
    @Allowed(Allowed.SIGNED_IN)
    public String originOf(HashAssociation association) {
        return association.submissionId().flatMap(submissions::byId)
                .map(s -> "associated " + UkDate.of(association.at()) + " by submission " + s.reference())
                .orElse("associated " + UkDate.of(association.at()) + " before this register");
    }

    private void proposeParties(ConflictInvestigation investigation, CplSubmission s, SubmittedRow row,
            HashAssociation challenged) {
        Map<Long, Why> proposed = new LinkedHashMap<>();
        proposed.put(s.submittingPartyId(), Why.SUBMITTER);
        manufacturer(row.manufacturerId()).ifPresent(p -> proposed.putIfAbsent(p.id(), Why.IMAGE_CREATOR));
        challenged.submissionId().flatMap(submissions::byId)
                .ifPresent(earlier -> proposed.putIfAbsent(earlier.submittingPartyId(), Why.CURRENT_HASH_SUBMITTER));
        boolean dccInvolved = row.dccMustSubmit() || proposed.keySet().stream().map(directory::party)
                .flatMap(Optional::stream).anyMatch(p -> p.category() == PartyCategory.DCC);
        if (dccInvolved) {
            directory.parties(0, 1000).stream().filter(p -> p.category() == PartyCategory.DCC && p.isEnabled())
                    .findFirst().ifPresent(p -> proposed.putIfAbsent(p.id(), Why.DCC));
        }
        Set<Long> already = investigations.parties(investigation.id()).stream().map(InvestigationParty::partyId)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        proposed.forEach((partyId, why) -> {
            if (!already.contains(partyId)) {
                investigations.add(InvestigationParty.of(investigation.id(), partyId, why, true, now,
                        SubmissionProcessing.SYSTEM));
            }
        });
    }

    private Optional<Party> manufacturer(String manufacturerId) {
        return directory.parties(0, 1000).stream()
                .filter(p -> p.manufacturerId().map(ManufacturerId::value).filter(manufacturerId::equals).isPresent())
                .findFirst();
    }

    /** SECAS has checked the parties and opens the investigation. */
    @Allowed("secas")
    public void open(long investigationId, String actor, String note) {
        InvestigationRecord r = record(investigationId);
        r.require("be opened", State.DETECTED);
        String parties = r.parties().values().stream().map(p -> partyName(p.partyId()) + " (" + p.why().label() + ")")
                .collect(Collectors.joining(", "));
        event(r.investigation(), Kind.OPENED, null, null, actor, "Investigation opened with " + parties + "."
                + (note == null || note.isBlank() ? "" : " " + note.strip()));
    }

    /**
     * SECAS's recommendation, with its reasons; replace names the requested Hash that becomes current
     * ({@code imageHash}; it may be left out when every row requests the same Hash).
     */
    @Allowed("secas")
    public void recommend(long investigationId, String actor, Outcome outcome, String imageHash, String reasons) {
        InvestigationRecord r = record(investigationId);
        r.require("take a recommendation", State.INVESTIGATING);
        if (outcome == null) {
            throw new InvestigationRefused("Recommend replace or retain.");
        }
        String chosen = chosenHash(r, outcome, imageHash);
        requireText(reasons, "Give the reasons for the recommendation.");
        event(r.investigation(), Kind.RECOMMENDED, outcome, chosen, null, actor, (outcome == Outcome.REPLACE
                ? "SECAS recommends replacing the current Hash with " + chosen
                : "SECAS recommends retaining the current Hash") + ": " + reasons.strip(), false);
    }

    /** The Panel's decision, with its rationale; replace names the requested Hash as for a recommendation. */
    @Allowed("panel")
    public void decide(long investigationId, String actor, Outcome outcome, String imageHash, String rationale) {
        InvestigationRecord r = record(investigationId);
        r.require("be decided", State.RECOMMENDED);
        if (outcome == null) {
            throw new InvestigationRefused("Decide replace or retain.");
        }
        String chosen = chosenHash(r, outcome, imageHash);
        requireText(rationale, "Give the Panel's rationale.");
        event(r.investigation(), Kind.DECIDED, outcome, chosen, null, actor, (outcome == Outcome.REPLACE
                ? "The Panel decided to replace the current Hash with " + chosen
                : "The Panel decided to retain the current Hash") + ": " + rationale.strip(), false);
    }

    /** The distinct Hashes the investigation's active rows request, in the order they came in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SIGNED_IN)
    public List<String> requestedHashes(InvestigationRecord r) {
        return activeRows(r).stream().map(ir -> submissions.row(ir.rowId()).orElseThrow().imageHash()).distinct()
                .toList();
    }

    /**
     * The requested Hash a replace chooses: the one named (it must be requested by an active row), or the only
     * one requested. Retain chooses none (a Hash named with it must still be a requested one).
     */
    private String chosenHash(InvestigationRecord r, Outcome outcome, String imageHash) {
        List<String> requested = requestedHashes(r);
        String named = imageHash == null || imageHash.isBlank() ? null : imageHash.strip();
        if (named != null) {
            String match = requested.stream().filter(h -> h.equalsIgnoreCase(named)).findFirst()
                    .orElseThrow(() -> new InvestigationRefused("Hash " + named + " is not requested in investigation "
                            + r.investigation().reference() + "; the requested Hashes are " + String.join(", ", requested)
                            + "."));
            return outcome == Outcome.REPLACE ? match : null;
        }
        if (outcome == Outcome.RETAIN) {
            return null;
        }
        if (requested.size() != 1) {
            throw new InvestigationRefused("Several Hashes are requested; say which one replaces the current Hash"
                    + " (hash = one of " + String.join(", ", requested) + ").");
        }
        return requested.get(0);
    }

    private static void requireText(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new InvestigationRefused(problem);
        }
    }

    /**
     * The decision applied: replace supersedes the challenged association with the chosen requested Hash (the
     * next step of the CPL entry's history, the old one stays), from the first row that requested it; every
     * other row is rejected with a reason naming the chosen Hash. Retain rejects every row. The rows' outcomes are
     * announced ({@link InvestigationDecided}): their submissions record them, and add the association, and go on.
     */
    @Allowed(Allowed.SYSTEM)
    public void applyDecision(long investigationId) {
        InvestigationRecord r = record(investigationId);
        r.require("be applied", State.DECIDED);
        InvestigationEvent decided = r.latest(Kind.DECIDED).orElseThrow();
        boolean replace = decided.outcome().orElseThrow() == Outcome.REPLACE;
        List<InvestigationRow> active = activeRows(r);
        // Decisions recorded before the Hash was named chose the first row's Hash.
        String chosen = !replace ? null : decided.imageHash().orElseGet(() -> active.isEmpty() ? null
                : submissions.row(active.get(0).rowId()).orElseThrow().imageHash());
        SubmittedRow replacing = null;
        String replacingSubmission = null;
        List<InvestigationDecided.Ruling> rulings = new ArrayList<>();
        String applied = "The conflicting rows are rejected; the current Hash stays.";
        for (InvestigationRow ir : active) {
            SubmittedRow row = submissions.row(ir.rowId()).orElseThrow();
            CplSubmission s = submissions.byId(row.submissionId()).orElseThrow();
            boolean replaces = replace && replacing == null && row.imageHash().equalsIgnoreCase(chosen);
            String reason = decided.note() + " (investigation " + r.investigation().reference() + ")";
            if (replace && !replaces) {
                reason += " Rejected: the Panel chose Hash " + chosen + (replacing == null ? ""
                        : " (row " + replacing.rowNumber() + " of submission " + replacingSubmission + ")")
                        + " to replace the current Hash" + (row.imageHash().equalsIgnoreCase(chosen)
                                ? "; another row with the same Hash replaces it." : ", not this row's " + row.imageHash()
                                        + ".");
            }
            if (replaces) {
                replacing = row;
                replacingSubmission = s.reference();
            }
            rulings.add(new InvestigationDecided.Ruling(row.id(), replaces, reason, "Hash conflict investigation "
                    + r.investigation().reference() + ": row " + row.rowNumber() + " " + (replaces
                            ? "replaces the current Hash."
                            : replace ? "is rejected (Hash " + chosen + " replaces the current Hash)."
                                    : "is rejected (the current Hash is retained).")));
        }
        if (decisions != null) {
            decisions.fire(new InvestigationDecided(r.investigation().reference(), decided.actor(), decided.note(),
                    rulings));
        }
        if (replacing != null) {
            DeviceModel model = register.model(replacing.key()).orElseThrow();
            HashAssociation added = register.current(model.id()).orElseThrow();
            applied = "CPL entry " + model.id() + " now has Hash " + replacing.imageHash() + " (history step "
                    + added.seq() + ", from row " + replacing.rowNumber() + " of submission " + replacingSubmission
                    + "); the earlier Hash stays in its history.";
        }
        if (replace && replacing == null) {
            applied = "No active row requests " + (chosen == null ? "a Hash" : "Hash " + chosen) + " any more; the"
                    + " conflicting rows are rejected and the current Hash stays.";
        }
        int open = r.openRequests().size();
        event(r.investigation(), Kind.CPL_UPDATED, decided.outcome().orElseThrow(), replacing == null ? null : chosen,
                null, SubmissionProcessing.SYSTEM, applied + (open == 0 ? "" : " " + open
                        + " unanswered request(s) closed with the investigation."), false);
    }

    /** The rows still deciding here: those whose submission was not withdrawn. */
    @Allowed(Allowed.SIGNED_IN)
    public List<InvestigationRow> activeRows(InvestigationRecord r) {
        Set<Long> submissionIds = new java.util.HashSet<>();
        Map<Long, Long> submissionOfRow = new LinkedHashMap<>();
        for (InvestigationRow ir : r.rows()) {
            long sid = submissions.row(ir.rowId()).orElseThrow().submissionId();
            submissionIds.add(sid);
            submissionOfRow.put(ir.rowId(), sid);
        }
        Map<Long, SubmissionEvent> latest = submissions.latestEvents(submissionIds);
        return r.rows().stream().filter(ir -> latest.get(submissionOfRow.get(ir.rowId())) == null
                || latest.get(submissionOfRow.get(ir.rowId())).status() != SubmissionStatus.WITHDRAWN).toList();
    }

    /** The submitter withdrew: its rows leave their investigations; one left without rows ends, withdrawn. */
    @Allowed(Allowed.SYSTEM)
    public void submissionWithdrawn(@Observes SubmissionWithdrawn withdrawal) {
        long submissionId = withdrawal.submissionId();
        String actor = withdrawal.actor();
        CplSubmission s = submissions.byId(submissionId).orElseThrow();
        Set<Long> seen = new java.util.HashSet<>();
        for (SubmittedRow row : submissions.rows(submissionId)) {
            Optional<InvestigationRow> ir = investigations.rowOf(row.id());
            if (ir.isEmpty() || !seen.add(ir.get().investigationId())) {
                continue;
            }
            InvestigationRecord r = record(ir.get().investigationId());
            if (r.isClosed()) {
                continue;
            }
            if (activeRows(r).isEmpty()) {
                event(r.investigation(), Kind.WITHDRAWN, null, null, actor, "Submission " + s.reference()
                        + " was withdrawn by its submitter; no conflicting row is left, so the investigation ends"
                        + " without a decision. The current Hash is unchanged.");
            } else {
                event(r.investigation(), Kind.ROWS_WITHDRAWN, null, null, actor, "Submission " + s.reference()
                        + " was withdrawn by its submitter; its rows leave the investigation, which goes on for the"
                        + " other submissions.");
            }
        }
    }

    /** The due date of a request passed without an answer. */
    @Allowed(Allowed.SYSTEM)
    public void remind(long requestId) {
        InformationRequest q = investigations.request(requestId).orElseThrow(() -> new UnknownInvestigation("#" + requestId));
        if (investigations.answer(requestId).isPresent()) {
            return;
        }
        InvestigationRecord r = record(q.investigationId());
        event(r.investigation(), Kind.REMINDED, null, requestId, SubmissionProcessing.SYSTEM, partyName(q.partyId())
                + " reminded: the answer was due " + UkDate.of(r.due(q).dueAt()) + ".");
    }

    /** Still no answer some Working Days after the due date: SECAS chases it. */
    @Allowed(Allowed.SYSTEM)
    public void escalate(long requestId) {
        InformationRequest q = investigations.request(requestId).orElseThrow(() -> new UnknownInvestigation("#" + requestId));
        if (investigations.answer(requestId).isPresent()) {
            return;
        }
        InvestigationRecord r = record(q.investigationId());
        event(r.investigation(), Kind.ESCALATED, null, requestId, SubmissionProcessing.SYSTEM, "Escalated to SECAS: "
                + partyName(q.partyId()) + " has not answered (due " + UkDate.of(r.due(q).dueAt()) + ").");
    }

    /** SECAS chased an overdue answer. */
    @Allowed("secas")
    public void chased(long requestId, String actor, String note) {
        requireText(note, "Say what you did to chase the answer.");
        InformationRequest q = investigations.request(requestId).orElseThrow(() -> new UnknownInvestigation("#" + requestId));
        event(investigations.byId(q.investigationId()).orElseThrow(), Kind.CHASED, null, requestId, actor,
                "Chased " + partyName(q.partyId()) + ": " + note.strip());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public Optional<InformationRequest> request(long requestId) {
        return investigations.request(requestId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public Optional<RequestAnswer> answer(long requestId) {
        return investigations.answer(requestId);
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

    String partyName(long partyId) {
        return directory.party(partyId).map(Party::name).orElse("party " + partyId);
    }
}
