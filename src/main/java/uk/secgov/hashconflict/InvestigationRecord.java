package uk.secgov.hashconflict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;

/**
 * An investigation with everything recorded on it, read at once: where it stands is worked out from its
 * timeline, and each step checks it here before it is recorded.
 */
public record InvestigationRecord(ConflictInvestigation investigation, List<InvestigationRow> rows,
        List<InvestigationParty> partyRecords, List<InformationRequest> requests, List<RequestAnswer> answers,
        List<InvestigationEvent> events, List<RequestDueDate> dueDates) {

    /** When a request is due and escalates now. */
    public record Due(java.time.Instant dueAt, java.time.Instant escalateAt) {
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

    /** The rows still deciding here (not withdrawn with their submission). */
    public List<InvestigationRow> activeRows(java.util.Set<Long> withdrawnRowIds) {
        return rows.stream().filter(r -> !withdrawnRowIds.contains(r.rowId())).toList();
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
    public Optional<String> recommendedHash() {
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
        throw new InvestigationRefused("Investigation " + investigation.reference() + " cannot " + step + ": it is "
                + now.label().toLowerCase() + ".");
    }
}
