package uk.secgov.hashconflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.NamedFile;
import uk.secgov.cplsubmission.InvestigationDecided;
import uk.secgov.cplsubmission.SubmissionEvent;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;
import uk.secgov.hashconflict.InvestigationParty.Why;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.time.UkFormat;

/**
 * An investigation with everything recorded on it, read at once: where it stands is worked out from its timeline.
 * A step is a guarded verb: it refuses with {@link NotAtThisStep} (saying where the investigation is) or
 * {@link IncompleteStep} (saying what to give), or returns the records to append; it changes nothing itself.
 *
 * <p>It is longer than most types because it is the one place that holds every step of an investigation (opening,
 * parties, questions and answers, reminders, the recommendation, the decision and its application, withdrawals), each
 * with its guard and the wording of its timeline line; the services around it only load, append and announce.
 *
 * @param claims what each conflicting row asks for, in the order the rows came in, and whether its submission is
 *        still deciding here (not withdrawn)
 */
public record InvestigationRecord(ConflictInvestigation investigation, List<InvestigationRow> rows,
        List<InvestigationParty> partyRecords, List<InformationRequest> requests, List<RequestAnswer> answers,
        List<InvestigationEvent> events, List<RequestDueDate> dueDates, List<Claim> claims) {

    /** The longest question or answer, in characters. */
    static final int TEXT_MAX = 4000;

    /** The largest evidence file: 20 MB. */
    static final int EVIDENCE_MAX = 20 * 1024 * 1024;

    /** When a request is due and escalates now. */
    public record Due(Instant dueAt, Instant escalateAt) {
    }

    /** A conflicting row's claim: the Hash it requests, where it came from, and whether it still decides here. */
    public record Claim(long rowId, int rowNumber, ImageHash imageHash, String submissionReference, boolean active) {
    }

    /** A party taken in or out, with its line on the timeline. */
    public record Involvement(InvestigationParty party, InvestigationEvent event) {
    }

    /** A row joining, with its line on the timeline. */
    public record Joined(InvestigationRow row, InvestigationEvent event) {
    }

    /** An answer, with its line on the timeline. */
    public record Answered(RequestAnswer answer, InvestigationEvent event) {
    }

    /**
     * The decision applied to the rows: their outcomes to announce, the Hash a replace chose, and the row that
     * replaces the current Hash (none when retained, or when no active row requests the chosen Hash any more).
     */
    public record Application(InvestigationDecided decided, Outcome outcome, ImageHash chosen,
            Optional<Claim> replacing) {
    }

    /** Where an investigation stands. */
    public enum State {
        DETECTED("Awaiting SECAS"), INVESTIGATING("Under investigation"), RECOMMENDED("Awaiting the Panel's decision"),
        DECIDED("Decided"), WITHDRAWN("Withdrawn");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public InvestigationRecord {
        rows = List.copyOf(rows);
        partyRecords = List.copyOf(partyRecords);
        requests = List.copyOf(requests);
        answers = List.copyOf(answers);
        events = List.copyOf(events);
        dueDates = List.copyOf(dueDates);
        claims = List.copyOf(claims);
    }

    public State state() {
        State state = State.DETECTED;
        for (InvestigationEvent e : events) {
            state = switch (e.kind()) {
                case OPENED -> State.INVESTIGATING;
                case RECOMMENDED -> State.RECOMMENDED;
                case DECIDED -> State.DECIDED;
                case WITHDRAWN -> State.WITHDRAWN;
                default -> state;
            };
        }
        return state;
    }

    public boolean isClosed() {
        return state() == State.DECIDED || state() == State.WITHDRAWN;
    }

    private String reference() {
        return investigation.reference();
    }

    /** The parties in the investigation now, with why, in the order they came in. */
    public Map<Long, InvestigationParty> parties() {
        Map<Long, InvestigationParty> newest = new LinkedHashMap<>();
        partyRecords.forEach(p -> newest.put(p.partyId(), p));
        newest.values().removeIf(p -> !p.included());
        return newest;
    }

    public boolean involves(long partyId) {
        return parties().containsKey(partyId);
    }

    public Optional<InformationRequest> request(long requestId) {
        return requests.stream().filter(r -> r.id() == requestId).findFirst();
    }

    /**
     * When the request is due and escalates now: the newest recomputation (the Working Day calendar changed),
     * else the dates it was asked with.
     */
    public Due due(InformationRequest q) {
        Due due = new Due(q.dueAt(), q.escalateAt());
        for (RequestDueDate d : dueDates) {
            if (d.requestId() == q.id()) {
                due = new Due(d.dueAt(), d.escalateAt());
            }
        }
        return due;
    }

    public Map<Long, RequestAnswer> answersByRequest() {
        return answers.stream().collect(Collectors.toMap(RequestAnswer::requestId, Function.identity()));
    }

    /** Requests not answered yet. */
    public List<InformationRequest> openRequests() {
        Map<Long, RequestAnswer> answered = answersByRequest();
        return requests.stream().filter(r -> !answered.containsKey(r.id())).toList();
    }

    /** The rows still deciding here: those whose submission was not withdrawn. */
    public List<InvestigationRow> activeRows() {
        java.util.Set<Long> active = activeClaims().stream().map(Claim::rowId).collect(Collectors.toSet());
        return rows.stream().filter(r -> active.contains(r.rowId())).toList();
    }

    private List<Claim> activeClaims() {
        return claims.stream().filter(Claim::active).toList();
    }

    /** The distinct Hashes the active rows request, in the order they came in. */
    public List<ImageHash> requestedHashes() {
        return activeClaims().stream().map(Claim::imageHash).distinct().toList();
    }

    public Optional<InvestigationEvent> latest(Kind kind) {
        InvestigationEvent found = null;
        for (InvestigationEvent e : events) {
            if (e.kind() == kind) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Outcome> recommendation() {
        return latest(Kind.RECOMMENDED).flatMap(InvestigationEvent::outcome);
    }

    public Optional<Outcome> decision() {
        return latest(Kind.DECIDED).flatMap(InvestigationEvent::outcome);
    }

    /** The requested Hash the latest recommendation chooses to replace the current one, if it does. */
    public Optional<ImageHash> recommendedHash() {
        return latest(Kind.RECOMMENDED).flatMap(InvestigationEvent::imageHash);
    }

    /** Refuses the step unless the investigation is in one of these states. */
    public void require(String step, State... allowed) {
        State now = state();
        for (State s : allowed) {
            if (s == now) {
                return;
            }
        }
        throw new NotAtThisStep("Investigation " + reference() + " cannot " + step + ": it is "
                + now.label().toLowerCase() + ".");
    }

    /** Refuses a step SECAS takes while the investigation runs, once it is decided or withdrawn. */
    private void requireRunning(String step) {
        if (isClosed()) {
            throw new NotAtThisStep("Investigation " + reference() + " is " + state().label().toLowerCase()
                    + ": it cannot " + step + ".");
        }
    }

    private static void requireText(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new IncompleteStep(problem);
        }
    }

    private InvestigationEvent event(Instant at, Kind kind, Outcome outcome, ImageHash imageHash, Long requestId,
            String actor, String note) {
        return InvestigationEvent.of(investigation.id(), at, kind, outcome, imageHash, requestId, actor, note);
    }

    /** SECAS has checked the parties and opens it; {@code partyName} names the parties on the timeline. */
    public InvestigationEvent open(Function<Long, String> partyName, String actor, String note, Instant at) {
        require("be opened", State.DETECTED);
        String parties = parties().values().stream().map(p -> partyName.apply(p.partyId()) + " (" + p.why().label()
                + ")").collect(Collectors.joining(", "));
        return event(at, Kind.OPENED, null, null, null, actor, "Investigation opened with " + parties + "."
                + (note == null || note.isBlank() ? "" : " " + note.strip()));
    }

    /** SECAS's recommendation, with its reasons, while the investigation is under investigation. */
    public InvestigationEvent recommend(ConflictRecommendation recommendation, String actor, Instant at) {
        require("take a recommendation", State.INVESTIGATING);
        if (recommendation.outcome() == null) {
            throw new IncompleteStep("Recommend replace or retain.");
        }
        ImageHash chosen = chooseHash(recommendation.outcome(), recommendation.imageHash());
        requireText(recommendation.reasons(), "Give the reasons for the recommendation.");
        return event(at, Kind.RECOMMENDED, recommendation.outcome(), chosen, null, actor,
                (recommendation.outcome() == Outcome.REPLACE
                        ? "SECAS recommends replacing the current Hash with " + chosen
                        : "SECAS recommends retaining the current Hash") + ": " + recommendation.reasons().strip());
    }

    /** The Panel's decision, with its rationale, once SECAS has recommended. */
    public InvestigationEvent decide(ConflictDecision decision, String actor, Instant at) {
        require("be decided", State.RECOMMENDED);
        if (decision.outcome() == null) {
            throw new IncompleteStep("Decide replace or retain.");
        }
        ImageHash chosen = chooseHash(decision.outcome(), decision.imageHash());
        requireText(decision.rationale(), "Give the Panel's rationale.");
        return event(at, Kind.DECIDED, decision.outcome(), chosen, null, actor, (decision.outcome() == Outcome.REPLACE
                ? "The Panel decided to replace the current Hash with " + chosen
                : "The Panel decided to retain the current Hash") + ": " + decision.rationale().strip());
    }

    /**
     * The requested Hash a replace chooses: the one named (it must be requested by an active row), or the only one
     * requested. Retain chooses none (a Hash named with it must still be a requested one). The Hash is named as
     * written, in either case: anything but a requested Hash is refused as not requested.
     */
    public ImageHash chooseHash(Outcome outcome, String imageHash) {
        List<ImageHash> requested = requestedHashes();
        String named = imageHash == null || imageHash.isBlank() ? null : imageHash.strip();
        if (named != null) {
            ImageHash match = requested.stream().filter(h -> h.value().equalsIgnoreCase(named)).findFirst()
                    .orElseThrow(() -> new IncompleteStep("Hash " + named + " is not requested in investigation "
                            + reference() + "; the requested Hashes are " + listed(requested) + "."));
            return outcome == Outcome.REPLACE ? match : null;
        }
        if (outcome == Outcome.RETAIN) {
            return null;
        }
        if (requested.size() != 1) {
            throw new IncompleteStep("Several Hashes are requested; say which one replaces the current Hash"
                    + " (hash = one of " + listed(requested) + ").");
        }
        return requested.get(0);
    }

    private static String listed(List<ImageHash> hashes) {
        return hashes.stream().map(ImageHash::value).collect(Collectors.joining(", "));
    }

    /**
     * The decision applied: replace supersedes the current Hash with the chosen requested Hash from the first active
     * row that requests it; every other row is rejected with a reason naming the chosen Hash. Retain rejects every
     * row.
     */
    public Application applyDecision() {
        require("be applied", State.DECIDED);
        InvestigationEvent decided = latest(Kind.DECIDED).orElseThrow();
        Outcome outcome = decided.outcome().orElseThrow();
        boolean replace = outcome == Outcome.REPLACE;
        List<Claim> active = activeClaims();
        // Decisions recorded before the Hash was named chose the first row's Hash.
        ImageHash chosen = !replace ? null : decided.imageHash().orElseGet(() -> active.isEmpty() ? null
                : active.get(0).imageHash());
        Claim replacing = null;
        List<InvestigationDecided.Ruling> rulings = new ArrayList<>();
        for (Claim row : active) {
            boolean replaces = replace && replacing == null && row.imageHash().equals(chosen);
            String reason = decided.note() + " (investigation " + reference() + ")";
            if (replace && !replaces) {
                reason += " Rejected: the Panel chose Hash " + chosen + (replacing == null ? ""
                        : " (row " + replacing.rowNumber() + " of submission " + replacing.submissionReference() + ")")
                        + " to replace the current Hash" + (row.imageHash().equals(chosen)
                                ? "; another row with the same Hash replaces it." : ", not this row's " + row.imageHash()
                                        + ".");
            }
            if (replaces) {
                replacing = row;
            }
            rulings.add(new InvestigationDecided.Ruling(row.rowId(), replaces, reason, "Hash conflict investigation "
                    + reference() + ": row " + row.rowNumber() + " " + (replaces
                            ? "replaces the current Hash."
                            : replace ? "is rejected (Hash " + chosen + " replaces the current Hash)."
                                    : "is rejected (the current Hash is retained).")));
        }
        return new Application(new InvestigationDecided(reference(), decided.actor(), decided.note(), rulings), outcome,
                chosen, Optional.ofNullable(replacing));
    }

    /**
     * What the applied decision did to the CPL, for the timeline: {@code added} is the association the replacing row
     * added (recorded by the submissions once the decision was announced).
     */
    public InvestigationEvent cplUpdated(Application applied, Optional<HashAssociation> added, Instant at) {
        String note = "The conflicting rows are rejected; the current Hash stays.";
        if (applied.replacing().isPresent()) {
            Claim row = applied.replacing().get();
            HashAssociation association = added.orElseThrow();
            note = "CPL entry " + association.deviceModelId() + " now has Hash " + row.imageHash() + " (history step "
                    + association.seq() + ", from row " + row.rowNumber() + " of submission "
                    + row.submissionReference() + "); the earlier Hash stays in its history.";
        } else if (applied.outcome() == Outcome.REPLACE) {
            note = "No active row requests " + (applied.chosen() == null ? "a Hash" : "Hash " + applied.chosen())
                    + " any more; the conflicting rows are rejected and the current Hash stays.";
        }
        int open = openRequests().size();
        return event(at, Kind.CPL_UPDATED, applied.outcome(), applied.replacing().isEmpty() ? null : applied.chosen(),
                null, SubmissionEvent.SYSTEM, note + (open == 0 ? "" : " " + open
                        + " unanswered request(s) closed with the investigation."));
    }

    /**
     * Another conflicting row on the same current Hash joins while the investigation runs (a decided or withdrawn one
     * takes no more rows: the row opens the next round).
     */
    public Joined join(long rowId, int rowNumber, String submissionReference, ImageHash imageHash, String actor,
            Instant at) {
        requireRunning("take more rows");
        return new Joined(InvestigationRow.of(investigation.id(), rowId, at), event(at, Kind.JOINED, null, null, null,
                actor, "Row " + rowNumber + " of submission " + submissionReference
                        + " asks for the same Device Model with Hash " + imageHash + ": it joins this investigation."));
    }

    /** A submission whose rows were here was withdrawn: the investigation ends if no active row is left. */
    public InvestigationEvent rowsWithdrawn(String submissionReference, String actor, Instant at) {
        require("lose rows", State.DETECTED, State.INVESTIGATING, State.RECOMMENDED);
        return activeRows().isEmpty()
                ? event(at, Kind.WITHDRAWN, null, null, null, actor, "Submission " + submissionReference
                        + " was withdrawn by its submitter; no conflicting row is left, so the investigation ends"
                        + " without a decision. The current Hash is unchanged.")
                : event(at, Kind.ROWS_WITHDRAWN, null, null, null, actor, "Submission " + submissionReference
                        + " was withdrawn by its submitter; its rows leave the investigation, which goes on for the"
                        + " other submissions.");
    }

    /** SECAS brings a party in (named by its id; {@code party} empty when there is none). */
    public Involvement addParty(long partyId, Optional<Party> party, String actor, Instant at) {
        requireRunning("take a party in");
        Party p = party.orElseThrow(() -> new IncompleteStep("No party " + partyId + "."));
        if (involves(partyId)) {
            throw new NotAtThisStep(p.name() + " is already involved.");
        }
        return new Involvement(InvestigationParty.of(investigation.id(), partyId, Why.ADDED_BY_SECAS, true, at, actor),
                event(at, Kind.PARTY_ADDED, null, null, null, actor, p.name() + " added to the investigation."));
    }

    /** SECAS takes a party out; its earlier requests and answers stay on record. */
    public Involvement removeParty(long partyId, String partyName, String actor, Instant at) {
        requireRunning("take a party out");
        InvestigationParty p = parties().get(partyId);
        if (p == null) {
            throw new NotAtThisStep("That party is not involved.");
        }
        return new Involvement(InvestigationParty.of(investigation.id(), partyId, p.why(), false, at, actor),
                event(at, Kind.PARTY_REMOVED, null, null, null, actor, partyName
                        + " removed from the investigation."));
    }

    /**
     * SECAS asks an involved party that has users who can answer (a Supplier, the DCC or a manufacturer) a question,
     * due {@code workingDays} Working Days later ({@code dueDates} counts them on the calendar); a follow-up names an
     * earlier request to the same party. The request's line on the timeline follows once it has its id
     * ({@link #asked}).
     */
    public InformationRequest ask(long partyId, Optional<Party> party, String question, int workingDays,
            Long followsRequestId, IntFunction<InformationRequests.DueDates> dueDates, String actor, Instant at) {
        requireRunning("take questions");
        require("take questions", State.INVESTIGATING);
        if (question == null || question.isBlank()) {
            throw new IncompleteStep("Write the question.");
        }
        if (question.strip().length() > TEXT_MAX) {
            throw new IncompleteStep("A question is at most 4000 characters.");
        }
        if (!involves(partyId)) {
            throw new IncompleteStep("Only an involved party can be asked; add it first.");
        }
        Party asked = party.orElseThrow();
        if (!asked.category().isSupplier() && asked.category() != PartyCategory.DCC
                && asked.category() != PartyCategory.MANUFACTURER) {
            throw new IncompleteStep(asked.name() + " has no users who can answer (a Supplier, the DCC or a"
                    + " manufacturer can).");
        }
        if (followsRequestId != null && request(followsRequestId).filter(q -> q.partyId() == partyId).isEmpty()) {
            throw new IncompleteStep("A follow-up question follows an earlier request to the same party.");
        }
        InformationRequests.requireWorkingDays(workingDays);
        InformationRequests.DueDates dates = dueDates.apply(workingDays);
        return InformationRequest.of(investigation.id(), partyId, followsRequestId, question.strip(), at, actor,
                workingDays, dates.due().toInstant(), dates.escalation().toInstant());
    }

    /** The timeline's line for a request just asked (and stored, so it has its id). */
    public InvestigationEvent asked(InformationRequest q, String partyName) {
        return event(q.askedAt(), Kind.ASKED, null, null, q.id(), q.askedBy(), (q.followsRequestId().isEmpty()
                ? "Question to " : "Follow-up question to ") + partyName + ", due " + UkFormat.WORDS.format(q.dueAt())
                + " 17:00: " + q.question());
    }

    /**
     * A party's answer to its request, once, while the investigation runs; evidence of at most 20 MB (an empty file
     * is none).
     */
    public Answered answer(InformationRequest q, String partyName, String answer, NamedFile evidence,
            String evidenceType, String actor, Instant at) {
        if (isClosed()) {
            throw new NotAtThisStep("Investigation " + reference() + " is " + state().label().toLowerCase()
                    + ": it takes no more answers.");
        }
        if (answersByRequest().containsKey(q.id())) {
            throw new NotAtThisStep("This request is already answered; SECAS can ask a follow-up question.");
        }
        if (answer == null || answer.isBlank()) {
            throw new IncompleteStep("Write the answer.");
        }
        if (answer.strip().length() > TEXT_MAX) {
            throw new IncompleteStep("An answer is at most 4000 characters; attach longer material as evidence.");
        }
        if (evidence != null && evidence.bytes().length > EVIDENCE_MAX) {
            throw new IncompleteStep("Evidence files are at most 20 MB.");
        }
        RequestAnswer a = RequestAnswer.of(q.id(), at, actor, answer.strip(), evidence != null
                && evidence.bytes().length > 0 ? evidence : null, evidenceType);
        return new Answered(a, event(at, Kind.ANSWERED, null, null, q.id(), actor, partyName + " answered"
                + a.evidenceName().map(n -> " with evidence " + n).orElse("") + ": " + answer.strip()));
    }

    /** The due date of an unanswered request passed: the party is reminded (nothing once it is answered). */
    public Optional<InvestigationEvent> remind(InformationRequest q, String partyName, Instant at) {
        return answersByRequest().containsKey(q.id()) ? Optional.empty()
                : Optional.of(event(at, Kind.REMINDED, null, null, q.id(), SubmissionEvent.SYSTEM, partyName
                        + " reminded: the answer was due " + UkFormat.WORDS.format(due(q).dueAt()) + "."));
    }

    /** Still no answer some Working Days after the due date: it goes to SECAS (nothing once it is answered). */
    public Optional<InvestigationEvent> escalate(InformationRequest q, String partyName, Instant at) {
        return answersByRequest().containsKey(q.id()) ? Optional.empty()
                : Optional.of(event(at, Kind.ESCALATED, null, null, q.id(), SubmissionEvent.SYSTEM,
                        "Escalated to SECAS: " + partyName + " has not answered (due " + UkFormat.WORDS.format(due(q).dueAt())
                                + ")."));
    }

    /** SECAS chased an overdue answer, saying how. */
    public InvestigationEvent chase(InformationRequest q, String partyName, String note, String actor, Instant at) {
        requireText(note, "Say what you did to chase the answer.");
        return event(at, Kind.CHASED, null, null, q.id(), actor, "Chased " + partyName + ": " + note.strip());
    }

    /** An open request's dates were computed again because the Working Day calendar changed. */
    public InvestigationEvent dueDateMoved(InformationRequest q, String note, String actor, Instant at) {
        return event(at, Kind.DUE_DATE_MOVED, null, null, q.id(), actor, note);
    }
}
