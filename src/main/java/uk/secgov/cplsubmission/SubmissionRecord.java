package uk.secgov.cplsubmission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.secgov.platform.time.UkFormat;

/**
 * A submission with everything added to it, read whole: where it stands, and the steps it still allows. A step is a
 * guarded verb that refuses with {@link SubmissionRefused} (saying where the submission is and what to do) or returns
 * the records to append; it changes nothing itself.
 */
public record SubmissionRecord(CplSubmission submission, List<SubmissionEvent> events, List<SubmittedRow> rows,
        List<RowDecision> decisions) {

    /** What a step adds: row decisions in form order, then, if the step moves the submission, its timeline event. */
    public record Appended(List<RowDecision> decisions, Optional<SubmissionEvent> event) {

        public Appended {
            decisions = List.copyOf(decisions);
        }

        /** Whether SECAS decided the rows under the Panel's delegation, so that the Panel is not asked. */
        public boolean decidedUnderDelegation() {
            return decisions.stream().anyMatch(d -> d.stage() == RowDecision.Stage.DELEGATED_DECISION);
        }
    }

    /**
     * What an investigation's decision adds: each row's outcome ({@link RowDecision.Stage#INVESTIGATION}) and a line
     * on the timeline for each, in the order of the rulings. The submission stays under investigation: its process
     * hears of the rows ({@link ConflictRowsDecided}), not of a new status.
     */
    public record Investigated(List<RowDecision> decisions, List<SubmissionEvent> notes) {

        public Investigated {
            decisions = List.copyOf(decisions);
            notes = List.copyOf(notes);
        }
    }

    /** A row the decision associates with its Hash (or whose Hash replaces the current one), with that decision. */
    public record Association(SubmittedRow row, RowDecision decision) {
    }

    public SubmissionRecord {
        events = List.copyOf(events);
        rows = List.copyOf(rows);
        decisions = List.copyOf(decisions);
    }

    /** The newest status recorded; received until something is. */
    public SubmissionStatus status() {
        return events.isEmpty() ? SubmissionStatus.RECEIVED : events.get(events.size() - 1).status();
    }

    /** Whether the Panel (or SECAS under its delegation) has decided any row. */
    public boolean isDecided() {
        return decisions.stream().anyMatch(d -> d.stage() == RowDecision.Stage.DECISION
                || d.stage() == RowDecision.Stage.DELEGATED_DECISION);
    }

    /** The rows still open (not rejected by the rules, not decided in an investigation), in form order. */
    public Map<SubmittedRow, RowOutcome> openRows() {
        Map<Long, RowOutcome> rules = new LinkedHashMap<>();
        Set<Long> investigated = new HashSet<>();
        decisions.forEach(d -> {
            if (d.stage() == RowDecision.Stage.RULES) {
                rules.put(d.rowId(), d.outcome());
            } else if (d.stage() == RowDecision.Stage.INVESTIGATION) {
                investigated.add(d.rowId());
            }
        });
        Map<SubmittedRow, RowOutcome> open = new LinkedHashMap<>();
        for (SubmittedRow row : rows) {
            RowOutcome outcome = rules.get(row.id());
            if ((outcome == RowOutcome.PENDING || outcome == RowOutcome.CONFLICT) && !investigated.contains(row.id())) {
                open.put(row, outcome);
            }
        }
        return open;
    }

    /** The rows the rules found in conflict with the CPL, in form order. */
    public List<Long> conflictingRows() {
        Map<Long, RowOutcome> rules = new LinkedHashMap<>();
        decisions.stream().filter(d -> d.stage() == RowDecision.Stage.RULES).forEach(d -> rules.put(d.rowId(), d.outcome()));
        return rows.stream().map(SubmittedRow::id).filter(id -> rules.get(id) == RowOutcome.CONFLICT).toList();
    }

    /** Each row's decision (the Panel's, or SECAS's under the delegation), by row id; the newest if there are two. */
    public Map<Long, RowDecision> rowDecisions() {
        Map<Long, RowDecision> decided = new LinkedHashMap<>();
        decisions.stream()
                .filter(d -> d.stage() == RowDecision.Stage.DECISION || d.stage() == RowDecision.Stage.DELEGATED_DECISION)
                .forEach(d -> decided.put(d.rowId(), d));
        return decided;
    }

    /**
     * The rules' outcome on every row (Appendix Z 4.3(b) and (c)), and where that leaves the submission: rejected if
     * no row can be associated, under investigation if any row conflicts, else awaiting SECAS's review. Refused once
     * the rules have been applied or the submission has ended.
     */
    public Appended screen(Map<SubmittedRow, SubmissionRules.Outcome> outcomes, Instant at) {
        SubmissionStatus status = status();
        if (status.isFinal() || decisions.stream().anyMatch(d -> d.stage() == RowDecision.Stage.RULES)) {
            throw new SubmissionRefused("The rules have already been applied to submission " + submission.reference()
                    + ": it is " + status.label().toLowerCase() + ". Follow it on its page.");
        }
        List<RowDecision> ruled = new ArrayList<>();
        int open = 0;
        int conflicts = 0;
        for (SubmittedRow row : rows) {
            SubmissionRules.Outcome outcome = outcomes.get(row);
            ruled.add(RowDecision.of(row.id(), at, RowDecision.Stage.RULES, outcome.outcome(), SubmissionEvent.SYSTEM,
                    outcome.reason()));
            if (outcome.outcome() == RowOutcome.PENDING) {
                open++;
            } else if (outcome.outcome() == RowOutcome.CONFLICT) {
                conflicts++;
            }
        }
        SubmissionEvent event;
        if (open + conflicts == 0) {
            event = systemEvent(at, SubmissionStatus.REJECTED, "No row can be associated: see each row's reason.");
        } else if (conflicts > 0) {
            event = systemEvent(at, SubmissionStatus.UNDER_INVESTIGATION, conflicts + " row(s) conflict with a current"
                    + " Hash: SECAS investigates with the relevant Parties and the Panel decides whether to replace it.");
        } else {
            event = systemEvent(at, SubmissionStatus.AWAITING_REVIEW, "Signatures verified and rules applied: " + open
                    + " row(s) for SECAS to review.");
        }
        return new Appended(ruled, Optional.of(event));
    }

    /**
     * SECAS's review: a recommendation for every open row and, under the Panel's delegation (which never covers a Hash
     * conflict), the decision too. Refused unless the submission awaits review, or whole if a row is missing, has no
     * reason or is not open.
     */
    public Appended review(Map<Integer, RowChoice> choices, Optional<PanelDelegation> delegation, String actor,
            Instant at) {
        requireStatus(SubmissionStatus.AWAITING_REVIEW, "reviewed", "SECAS reviews it once the rules are applied and"
                + " any Hash conflict is decided.");
        Map<SubmittedRow, RowOutcome> open = openRows();
        requireComplete(open, choices);
        boolean delegated = !open.containsValue(RowOutcome.CONFLICT) && delegation.map(PanelDelegation::delegated)
                .orElse(false);
        List<RowDecision> recorded = new ArrayList<>();
        open.forEach((row, rule) -> {
            RowChoice choice = choices.get(row.rowNumber());
            recorded.add(RowDecision.of(row.id(), at, RowDecision.Stage.RECOMMENDATION, choice.outcomeAfter(rule),
                    actor, choice.reason().strip()));
        });
        if (delegated) {
            String under = " (decided by SECAS under the Panel's delegation of " + UkFormat.WORDS.format(delegation.get().at()) + ")";
            open.forEach((row, rule) -> {
                RowChoice choice = choices.get(row.rowNumber());
                recorded.add(RowDecision.of(row.id(), at, RowDecision.Stage.DELEGATED_DECISION,
                        choice.outcomeAfter(rule), actor, choice.reason().strip() + under));
            });
        }
        return new Appended(recorded, Optional.of(SubmissionEvent.of(submission.id(), at,
                SubmissionStatus.AWAITING_PANEL_DECISION, actor, delegated ? "SECAS reviewed the rows and, under the"
                        + " Panel's delegation for associations without a Hash conflict, decided them."
                        : "SECAS reviewed the rows and recommended a decision for each; the Panel decides.")));
    }

    /** SECAS returns the submission to its submitter with the reason, instead of reviewing it: it ends rejected. */
    public SubmissionEvent returnToSubmitter(String reason, String actor, Instant at) {
        requireStatus(SubmissionStatus.AWAITING_REVIEW, "returned", "SECAS returns a submission only while reviewing"
                + " it.");
        return SubmissionEvent.of(submission.id(), at, SubmissionStatus.REJECTED, actor,
                "Returned to the submitter by SECAS: " + reason.strip());
    }

    /**
     * The Panel's decision on every open row, with its rationale. Refused unless the submission awaits the Panel's
     * decision and is not decided yet, or whole if a row is missing, has no reason or is not open.
     */
    public List<RowDecision> decide(Map<Integer, RowChoice> choices, String actor, Instant at) {
        if (isDecided()) {
            throw new SubmissionRefused("Submission " + submission.reference() + " cannot be decided now: it is already"
                    + " decided. Follow the register update on its page.");
        }
        requireStatus(SubmissionStatus.AWAITING_PANEL_DECISION, "decided", "The Panel decides once SECAS has"
                + " reviewed it.");
        Map<SubmittedRow, RowOutcome> open = openRows();
        requireComplete(open, choices);
        List<RowDecision> decided = new ArrayList<>();
        open.forEach((row, rule) -> {
            RowChoice choice = choices.get(row.rowNumber());
            decided.add(RowDecision.of(row.id(), at, RowDecision.Stage.DECISION, choice.outcomeAfter(rule), actor,
                    choice.reason().strip()));
        });
        return decided;
    }

    /**
     * A Hash conflict investigation decided these of the submission's rows: each replaces the current Hash or is
     * rejected (the current Hash is retained), with the investigation's reason and a line on the timeline. Refused
     * whole if a row is not one of this submission's, or an investigation has already decided it.
     */
    public Investigated investigationDecided(List<InvestigationDecided.Ruling> rulings, String actor, Instant at) {
        Set<Long> investigated = new HashSet<>();
        decisions.stream().filter(d -> d.stage() == RowDecision.Stage.INVESTIGATION)
                .forEach(d -> investigated.add(d.rowId()));
        List<RowDecision> outcomes = new ArrayList<>();
        List<SubmissionEvent> notes = new ArrayList<>();
        for (InvestigationDecided.Ruling ruling : rulings) {
            if (rows.stream().noneMatch(r -> r.id() == ruling.rowId())) {
                throw new SubmissionRefused("Row " + ruling.rowId() + " is not a row of submission "
                        + submission.reference() + ": the investigation's decision is recorded on its own rows.");
            }
            if (!investigated.add(ruling.rowId())) {
                throw new SubmissionRefused("A row of submission " + submission.reference() + " was already decided"
                        + " by an investigation: its outcome stands.");
            }
            outcomes.add(RowDecision.of(ruling.rowId(), at, RowDecision.Stage.INVESTIGATION, ruling.replaces()
                    ? RowOutcome.REPLACED : RowOutcome.RETAINED, actor, ruling.reason()));
            notes.add(systemEvent(at, SubmissionStatus.UNDER_INVESTIGATION, ruling.summary()));
        }
        return new Investigated(outcomes, notes);
    }

    /**
     * The rows the decision associates (or whose Hash replaces the current one), in form order: what the CPL takes.
     * Refused once the submission has ended, before anything is written.
     */
    public List<Association> associations() {
        requireNotEnded("completed");
        Map<Long, RowDecision> decided = rowDecisions();
        return rows.stream().filter(row -> decided.containsKey(row.id()))
                .filter(row -> decided.get(row.id()).outcome() == RowOutcome.ASSOCIATED
                        || decided.get(row.id()).outcome() == RowOutcome.REPLACED)
                .map(row -> new Association(row, decided.get(row.id()))).toList();
    }

    /**
     * The decision applied to the CPL: the submission completes, saying how many Hashes were added, with the rows the
     * register did not take ({@code notWritten}, {@link RowDecision.Stage#REGISTER}). Refused once it has ended.
     */
    public Appended complete(int associated, List<RowDecision> notWritten, Instant at) {
        requireNotEnded("completed");
        return new Appended(notWritten, Optional.of(systemEvent(at, SubmissionStatus.COMPLETED, associated == 0
                ? "Decided: no Hash associated." : "Decided: " + associated + " Hash association(s) added to the CPL.")));
    }

    /** The submitter withdraws it, with an optional reason: refused once it is rejected, completed, withdrawn or decided. */
    public SubmissionEvent withdraw(String actor, String reason, Instant at) {
        SubmissionStatus status = status();
        if (status.isFinal() || isDecided()) {
            throw new SubmissionRefused("Submission " + submission.reference() + " can no longer be withdrawn: it is "
                    + status.label().toLowerCase() + ".");
        }
        return SubmissionEvent.of(submission.id(), at, SubmissionStatus.WITHDRAWN, actor, "Withdrawn by the submitter"
                + (reason == null || reason.isBlank() ? "." : ": " + reason.strip()));
    }

    private void requireNotEnded(String step) {
        SubmissionStatus status = status();
        if (status.isFinal()) {
            throw new SubmissionRefused("Submission " + submission.reference() + " cannot be " + step + " now: it is "
                    + status.label().toLowerCase() + ".");
        }
    }

    private void requireStatus(SubmissionStatus expected, String step, String whatToDo) {
        SubmissionStatus status = status();
        if (status != expected) {
            throw new SubmissionRefused("Submission " + submission.reference() + " cannot be " + step + " now: it is "
                    + status.label().toLowerCase() + ". " + whatToDo);
        }
    }

    /** A choice with a reason for every open row and for no other row; every problem is named, none recorded. */
    private static void requireComplete(Map<SubmittedRow, RowOutcome> open, Map<Integer, RowChoice> choices) {
        List<String> problems = new ArrayList<>();
        for (SubmittedRow row : open.keySet()) {
            RowChoice choice = choices.get(row.rowNumber());
            if (choice == null) {
                problems.add("Row " + row.rowNumber() + ": choose associate or reject.");
            } else if (choice.reason() == null || choice.reason().isBlank()) {
                problems.add("Row " + row.rowNumber() + ": give the reason.");
            }
        }
        for (Integer number : choices.keySet()) {
            if (open.keySet().stream().noneMatch(r -> r.rowNumber() == number)) {
                problems.add("Row " + number + " is not open for a decision.");
            }
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(String.join(" ", problems));
        }
    }

    private SubmissionEvent systemEvent(Instant at, SubmissionStatus status, String note) {
        return SubmissionEvent.of(submission.id(), at, status, SubmissionEvent.SYSTEM, note);
    }
}
