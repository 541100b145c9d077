package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.secgov.cpl.ConflictSettings;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.FormError;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.cpl.InvalidForm;
import uk.secgov.cpl.SubmissionForm;
import uk.secgov.cpl.SubmissionFormReader;
import uk.secgov.cpl.SubmissionRefused;
import uk.secgov.cpl.UkDate;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Allowed;
import uk.secgov.signature.SignatureVerification;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.VerificationReport;

/**
 * The steps of the {@code cpl-submission} process: verification, the rules of Appendix Z 4.3, SECAS's
 * review, the decision and the register update. Each step only adds records (events, rows, row
 * outcomes, associations) and says where the process goes next.
 *
 * <p>It is longer than most classes because it holds every step of the process as one use case each (verification,
 * the rules, review, decision, register update, withdrawal, the Panel's delegation, the wait for investigations),
 * and the rules of 4.3 are still an if-ladder in {@link #applyRules}; issue 12 item 2 moves the rules into a pure
 * rules type and the guards onto the submission's verbs.
 */
@ApplicationScoped
@Transactional
public class SubmissionProcessing {

    /** After verification. */
    public enum Verification {
        INVALID_FORM, FAILED, TRY_LATER, PASSED
    }

    /** After the rules. */
    public enum Route {
        REJECTED, REVIEW, CONFLICT
    }

    /** SECAS's choice for a row, or the Panel's decision on it. */
    public record RowChoice(boolean associate, String reason) {
    }

    public static final String SYSTEM = "system";

    private final SubmissionFormReader reader = new SubmissionFormReader();

    @Inject
    CplSubmissions submissions;

    @Inject
    CplRegister register;

    @Inject
    SignatureVerification verification;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<RowsConflict> conflicts;

    @Inject
    jakarta.enterprise.event.Event<SubmissionWithdrawn> withdrawals;

    @Inject
    ConflictSettings settings;

    @Inject
    CplMaintenance maintenance;

    private CplSubmission submission(long id) {
        return submissions.byId(id).orElseThrow(() -> new UnknownSubmission(String.valueOf(id)));
    }

    @Inject
    jakarta.enterprise.event.Event<SubmissionStatusChanged> changes;

    private void event(CplSubmission s, SubmissionStatus status, String actor, String note) {
        append(s, SubmissionEvent.of(s.id(), clock.instant(), status, actor, note));
    }

    private void append(CplSubmission s, SubmissionEvent event) {
        submissions.add(event);
        if (changes != null) {
            changes.fire(new SubmissionStatusChanged(s.id(), s.reference(), event.status(), event.note().orElse(null)));
        }
    }

    /** Reads the form and verifies the signatures (Appendix Z 4.3(a)); keeps the rows and the report. */
    @Allowed(Allowed.SYSTEM)
    public Verification verify(long submissionId) {
        CplSubmission s = submission(submissionId);
        byte[] form = s.formBytes();
        SubmissionForm read;
        try {
            read = reader.read(form);
        } catch (InvalidForm invalid) {
            event(s, SubmissionStatus.REJECTED, SYSTEM, "The form cannot be accepted: " + invalid.errors().stream()
                    .map(FormError::describe).collect(Collectors.joining(" ")));
            return Verification.INVALID_FORM;
        }
        VerificationReport report = verification.verifyAndRecord(s.reference(), form, s.signatureBytes(),
                new Expectations(read.imageCreatorManufacturerId(), s.submittingPartyId(), read.dccMustEndorse()));
        if (report.isTryLater()) {
            event(s, SubmissionStatus.RECEIVED, SYSTEM, "The signatures could not be verified yet: "
                    + report.summary() + " SECAS will verify them again.");
            return Verification.TRY_LATER;
        }
        if (!report.isPassed()) {
            event(s, SubmissionStatus.REJECTED, SYSTEM, "Appendix Z 4.3(a) is not met. " + report.summary());
            return Verification.FAILED;
        }
        if (submissions.rows(submissionId).isEmpty()) {
            read.rows().forEach(row -> submissions.add(SubmittedRow.of(submissionId, row)));
        }
        return Verification.PASSED;
    }

    /** SECAS gave up waiting for a current CRL, or returned the submission: it ends rejected. */
    @Allowed(Allowed.SYSTEM)
    public void reject(long submissionId, String actor, String reason) {
        event(submission(submissionId), SubmissionStatus.REJECTED, actor, reason);
    }

    /** Appendix Z 4.3(b) and (c) on each row. */
    @Allowed(Allowed.SYSTEM)
    public Route applyRules(long submissionId) {
        CplSubmission s = submission(submissionId);
        boolean fromDcc = directory.party(s.submittingPartyId()).map(Party::category)
                .filter(c -> c == PartyCategory.DCC).isPresent();
        Instant now = clock.instant();
        int open = 0;
        int conflicts = 0;
        for (SubmittedRow row : submissions.rows(submissionId)) {
            RowOutcome outcome;
            String reason;
            Optional<DeviceModel> model = register.model(row.key());
            Optional<String> current = model.flatMap(m -> register.current(m.id())).flatMap(HashAssociation::imageHash);
            Optional<String> badUpgradePath = upgradePathProblem(row);
            Optional<String> closed = model.isPresent() && maintenance != null
                    ? maintenance.refusalForNewHash(model.get().id()) : Optional.empty();
            if (row.dccMustSubmit() && !fromDcc) {
                outcome = RowOutcome.REJECTED;
                reason = "Appendix Z 4.3(c): a " + (row.specificationVersion().equals("SMETS1") ? "SMETS1 Device Model"
                        : "Communications Hub") + " can only be submitted by the DCC.";
            } else if (closed.isPresent()) {
                outcome = RowOutcome.REJECTED;
                reason = closed.get();
            } else if (badUpgradePath.isPresent()) {
                outcome = RowOutcome.REJECTED;
                reason = badUpgradePath.get();
            } else if (current.isPresent() && current.get().equals(row.imageHash())) {
                outcome = RowOutcome.REJECTED;
                reason = "This Hash is already the current Hash of CPL entry " + model.get().id() + "; nothing to do.";
            } else if (current.isPresent()) {
                outcome = RowOutcome.CONFLICT;
                reason = "Appendix Z 4.3(b): CPL entry " + model.get().id() + " already has Hash " + current.get()
                        + " (" + origin(model.get()) + "); this row asks for " + row.imageHash()
                        + ". The Panel investigates with the relevant Parties whether to replace it.";
                conflicts++;
            } else if (settings != null && settings.investigateHashElsewhere()
                    && !register.currentlyWithHash(row.imageHash(), model.map(DeviceModel::id).orElse(-1L)).isEmpty()) {
                DeviceModel other = register.currentlyWithHash(row.imageHash(), model.map(DeviceModel::id).orElse(-1L))
                        .get(0);
                outcome = RowOutcome.CONFLICT;
                reason = "The same Hash " + row.imageHash() + " is already the current Hash of CPL entry " + other.id()
                        + ", another Device Model (" + origin(other) + "). SECAS investigates with the relevant"
                        + " Parties whether it may also be associated with this one.";
                conflicts++;
            } else {
                List<DeviceModel> elsewhere = register.currentlyWithHash(row.imageHash(), model.map(DeviceModel::id)
                        .orElse(-1L));
                outcome = RowOutcome.PENDING;
                reason = "Appendix Z 4.3(b): no Hash is currently associated with this Device Model."
                        + (elsewhere.isEmpty() ? "" : " Note: the same Hash is the current Hash of CPL entr"
                        + (elsewhere.size() == 1 ? "y " : "ies ") + elsewhere.stream().map(m -> String.valueOf(m.id()))
                                .collect(Collectors.joining(", ")) + " (another Device Model).");
                open++;
            }
            submissions.add(RowDecision.of(row.id(), now, RowDecision.Stage.RULES, outcome, SYSTEM, reason));
        }
        if (open + conflicts == 0) {
            event(s, SubmissionStatus.REJECTED, SYSTEM, "No row can be associated: see each row's reason.");
            return Route.REJECTED;
        }
        if (conflicts > 0) {
            event(s, SubmissionStatus.UNDER_INVESTIGATION, SYSTEM, conflicts + " row(s) conflict with a current Hash:"
                    + " SECAS investigates with the relevant Parties and the Panel decides whether to replace it.");
            return Route.CONFLICT;
        }
        event(s, SubmissionStatus.AWAITING_REVIEW, SYSTEM, "Signatures verified and rules applied: " + open
                + " row(s) for SECAS to review.");
        return Route.REVIEW;
    }

    private String origin(DeviceModel model) {
        Optional<HashAssociation> current = register.current(model.id());
        return current.flatMap(HashAssociation::submissionId).flatMap(submissions::byId)
                .map(s -> "associated " + UkDate.of(current.get().at()) + " by submission " + s.reference())
                .or(() -> current.flatMap(HashAssociation::importId).flatMap(register::importById)
                        .map(i -> "associated " + UkDate.of(current.get().at()) + ", imported from " + i.source()))
                .orElse("associated before this register");
    }

    /** The rows the rules found in conflict each go under a Hash conflict investigation (they open or join one). */
    @Allowed(Allowed.SYSTEM)
    public void openInvestigations(long submissionId) {
        Map<Long, RowOutcome> rules = new LinkedHashMap<>();
        submissions.decisions(submissionId).stream().filter(d -> d.stage() == RowDecision.Stage.RULES)
                .forEach(d -> rules.put(d.rowId(), d.outcome()));
        List<Long> conflicting = submissions.rows(submissionId).stream().map(SubmittedRow::id)
                .filter(id -> rules.get(id) == RowOutcome.CONFLICT).toList();
        if (conflicts != null) {
            conflicts.fire(new RowsConflict(submissionId, conflicting));
        }
    }

    /**
     * Every conflicting row has its investigation's decision: the rows left (without a conflict) go to
     * SECAS's review.
     *
     * @return whether any row is left to review
     */
    @Allowed(Allowed.SYSTEM)
    public boolean conflictsDecided(long submissionId) {
        int left = openRows(submissionId).size();
        if (left > 0) {
            event(submission(submissionId), SubmissionStatus.AWAITING_REVIEW, SYSTEM, "The Hash conflicts are decided;"
                    + " " + left + " other row(s) for SECAS to review.");
        }
        return left > 0;
    }

    /**
     * The earlier firmware a row says can upgrade to it must be on the CPL, as the same kind of device of the same
     * manufacturer: otherwise the DCC would be told to allow an upgrade path that cannot exist.
     */
    private Optional<String> upgradePathProblem(SubmittedRow row) {
        List<String> problems = new java.util.ArrayList<>();
        for (Long entryId : row.upgradeFrom()) {
            Optional<DeviceModel> earlier = register.model(entryId);
            if (earlier.isEmpty()) {
                problems.add(entryId + " is not a CPL Entry ID");
            } else if (earlier.get().deviceType() != row.deviceType()
                    || !earlier.get().manufacturerId().equals(row.manufacturerId())) {
                problems.add("CPL entry " + entryId + " is device type " + earlier.get().deviceType()
                        + " of manufacturer " + earlier.get().manufacturerId() + ", not " + row.deviceType() + " of "
                        + row.manufacturerId());
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of("Upgrade From: " + String.join("; ", problems)
                + ". Name the CPL entries of earlier firmware of this Device Model's type and manufacturer, or N/A.");
    }

    /** The rows still open (not rejected by the rules), in form order, with their rule outcome. */
    @Allowed({"secas", "panel"})
    public Map<SubmittedRow, RowOutcome> openRows(long submissionId) {
        Map<Long, RowOutcome> rules = new LinkedHashMap<>();
        java.util.Set<Long> investigated = new java.util.HashSet<>();
        submissions.decisions(submissionId).forEach(d -> {
            if (d.stage() == RowDecision.Stage.RULES) {
                rules.put(d.rowId(), d.outcome());
            } else if (d.stage() == RowDecision.Stage.INVESTIGATION) {
                investigated.add(d.rowId());
            }
        });
        Map<SubmittedRow, RowOutcome> open = new LinkedHashMap<>();
        for (SubmittedRow row : submissions.rows(submissionId)) {
            RowOutcome outcome = rules.get(row.id());
            if ((outcome == RowOutcome.PENDING || outcome == RowOutcome.CONFLICT) && !investigated.contains(row.id())) {
                open.put(row, outcome);
            }
        }
        return open;
    }

    /**
     * SECAS's review: a recommendation for every open row, or the submission returned to its
     * submitter with reasons. Refused whole, changing nothing, if a row is missing or has no reason.
     *
     * @return true if the Panel's delegation lets SECAS's recommendation stand as the decision
     */
    @Allowed(Allowed.SYSTEM)
    public boolean review(long submissionId, String actor, Map<Integer, RowChoice> choices, String returnReason) {
        CplSubmission s = submission(submissionId);
        if (returnReason != null && !returnReason.isBlank()) {
            event(s, SubmissionStatus.REJECTED, actor, "Returned to the submitter by SECAS: " + returnReason.strip());
            return false;
        }
        Map<SubmittedRow, RowOutcome> open = openRows(submissionId);
        List<String> problems = checkChoices(open, choices);
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(String.join(" ", problems));
        }
        Instant now = clock.instant();
        boolean conflicts = open.containsValue(RowOutcome.CONFLICT);
        boolean delegated = !conflicts && submissions.currentDelegation().map(PanelDelegation::delegated).orElse(false);
        open.forEach((row, rule) -> {
            RowChoice choice = choices.get(row.rowNumber());
            submissions.add(RowDecision.of(row.id(), now, RowDecision.Stage.RECOMMENDATION,
                    outcomeOf(choice, rule), actor, choice.reason().strip()));
        });
        if (delegated) {
            PanelDelegation setting = submissions.currentDelegation().orElseThrow();
            open.forEach((row, rule) -> {
                RowChoice choice = choices.get(row.rowNumber());
                submissions.add(RowDecision.of(row.id(), now, RowDecision.Stage.DELEGATED_DECISION,
                        outcomeOf(choice, rule), actor, choice.reason().strip() + " (decided by SECAS under the Panel's"
                                + " delegation of " + UkDate.of(setting.at()) + ")"));
            });
            event(s, SubmissionStatus.AWAITING_PANEL_DECISION, actor, "SECAS reviewed the rows and, under the Panel's"
                    + " delegation for associations without a Hash conflict, decided them.");
        } else {
            event(s, SubmissionStatus.AWAITING_PANEL_DECISION, actor, "SECAS reviewed the rows and recommended a"
                    + " decision for each; the Panel decides.");
        }
        return delegated;
    }

    /** The Panel's decision on every open row, with its rationale. Refused whole if a row is missing. */
    @Allowed(Allowed.SYSTEM)
    public void decide(long submissionId, String actor, Map<Integer, RowChoice> choices) {
        Map<SubmittedRow, RowOutcome> open = openRows(submissionId);
        List<String> problems = checkChoices(open, choices);
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(String.join(" ", problems));
        }
        Instant now = clock.instant();
        open.forEach((row, rule) -> {
            RowChoice choice = choices.get(row.rowNumber());
            submissions.add(RowDecision.of(row.id(), now, RowDecision.Stage.DECISION, outcomeOf(choice, rule), actor,
                    choice.reason().strip()));
        });
    }

    private static List<String> checkChoices(Map<SubmittedRow, RowOutcome> open, Map<Integer, RowChoice> choices) {
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
        return problems;
    }

    private static RowOutcome outcomeOf(RowChoice choice, RowOutcome rule) {
        if (rule == RowOutcome.CONFLICT) {
            return choice.associate() ? RowOutcome.REPLACED : RowOutcome.RETAINED;
        }
        return choice.associate() ? RowOutcome.ASSOCIATED : RowOutcome.REJECTED;
    }

    /** The decision applied to the CPL: each associated row lists its Device Model (if new) and adds its Hash. */
    @Allowed(Allowed.SYSTEM)
    public void updateRegister(long submissionId) {
        CplSubmission s = submission(submissionId);
        Map<Long, RowDecision> decided = new LinkedHashMap<>();
        submissions.decisions(submissionId).stream()
                .filter(d -> d.stage() == RowDecision.Stage.DECISION || d.stage() == RowDecision.Stage.DELEGATED_DECISION)
                .forEach(d -> decided.put(d.rowId(), d));
        Instant now = clock.instant();
        int associated = 0;
        for (SubmittedRow row : submissions.rows(submissionId)) {
            RowDecision decision = decided.get(row.id());
            if (decision == null || (decision.outcome() != RowOutcome.ASSOCIATED
                    && decision.outcome() != RowOutcome.REPLACED)) {
                continue;
            }
            DeviceModel model = register.model(row.key()).orElseGet(() -> register.add(DeviceModel.listed(row, now)));
            Optional<HashAssociation> current = register.current(model.id());
            Optional<String> currentHash = current.flatMap(HashAssociation::imageHash);
            if (decision.outcome() == RowOutcome.ASSOCIATED && currentHash.isPresent()) {
                // Appendix Z 4.3(b) again at the moment of writing: another submission may have been associated
                // with this Device Model since the rules ran (two requests for one new model decided together).
                submissions.add(RowDecision.of(row.id(), now, RowDecision.Stage.REGISTER, currentHash.get()
                        .equals(row.imageHash()) ? RowOutcome.REJECTED : RowOutcome.CONFLICT, SYSTEM,
                        currentHash.get().equals(row.imageHash())
                                ? "Not written: CPL entry " + model.id() + " already has this Hash (" + origin(model)
                                        + ")."
                                : "Not written: since the rules were applied, CPL entry " + model.id() + " got Hash "
                                        + currentHash.get() + " (" + origin(model) + "). Appendix Z 4.3(b): a"
                                        + " different Hash is a conflict for the Panel to investigate; submit this"
                                        + " row again to open the investigation."));
                continue;
            }
            register.add(HashAssociation.following(current, model.id(), row.imageHash(), now,
                    submissionId, decision.id(), decision.actor(), decision.reason()));
            associated++;
        }
        event(s, SubmissionStatus.COMPLETED, SYSTEM, associated == 0 ? "Decided: no Hash associated."
                : "Decided: " + associated + " Hash association(s) added to the CPL.");
    }

    /** The submitter withdraws before the decision. */
    @Allowed(Allowed.SYSTEM)
    public void withdraw(long submissionId, String actor, String reason) {
        CplSubmission s = submission(submissionId);
        append(s, new SubmissionRecord(s, submissions.events(submissionId), submissions.decisions(submissionId))
                .withdraw(actor, reason, clock.instant()));
        if (withdrawals != null) {
            withdrawals.fire(new SubmissionWithdrawn(submissionId, s.reference(), actor));
        }
    }

    /** The Panel sets (or withdraws) its delegation of associations without a Hash conflict to SECAS. */
    @Allowed("panel")
    public PanelDelegation delegate(boolean delegated, String actor, String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new InvalidCplRequest("rationale", "Give the Panel's rationale (for example the meeting and minute).");
        }
        return submissions.add(PanelDelegation.of(delegated, actor, rationale.strip(), clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"panel", "secas"})
    public Optional<PanelDelegation> delegation() {
        return submissions.currentDelegation();
    }
}
