package uk.secgov.cplsubmission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.ImageHash;

/**
 * The rules of Appendix Z 4.3(b) and (c) on one submitted row, as a pure function of the row and what the register
 * and the submission say about it ({@link Facts}); the first rule that applies gives the row's outcome and its
 * reason. Loading the facts, and recording the outcomes, is {@link SubmissionScreening}'s.
 */
public final class SubmissionRules {

    /** A Device Model on the CPL as the rules quote it: its CPL entry, its Hash now, and how that Hash got there. */
    public record ListedModel(DeviceModel model, Optional<ImageHash> currentHash, String origin) {

        public long entryId() {
            return model.id();
        }
    }

    /**
     * What the rules know about one row: whether the DCC submitted it, the Device Model it names if listed, why the
     * entry takes no new Hash (removed, CPA expired), the Upgrade From entries (each listed or not, in the row's
     * order), the other Device Models whose current Hash is the row's, and whether the SEC investigates those. The
     * other models are asked for only when a row reaches that rule ({@code elsewhere} is called at most once).
     */
    public record Facts(boolean fromDcc, Optional<ListedModel> listed, Optional<String> closed,
            Map<Long, Optional<DeviceModel>> upgradeFrom, Supplier<List<ListedModel>> elsewhere,
            boolean investigateHashElsewhere) {

        public Facts {
            upgradeFrom = new LinkedHashMap<>(upgradeFrom);
        }

        /** Facts with the other models already known. */
        public Facts(boolean fromDcc, Optional<ListedModel> listed, Optional<String> closed,
                Map<Long, Optional<DeviceModel>> upgradeFrom, List<ListedModel> sameHashElsewhere,
                boolean investigateHashElsewhere) {
            this(fromDcc, listed, closed, upgradeFrom, known(sameHashElsewhere), investigateHashElsewhere);
        }

        private static Supplier<List<ListedModel>> known(List<ListedModel> models) {
            List<ListedModel> copy = List.copyOf(models);
            return () -> copy;
        }

        /** The other Device Models whose current Hash is the row's. */
        public List<ListedModel> sameHashElsewhere() {
            return List.copyOf(elsewhere.get());
        }
    }

    /** A row's outcome under the rules, with the reason the submitter reads. */
    public record Outcome(RowOutcome outcome, String reason) {
    }

    private SubmissionRules() {
    }

    /** The first rule that applies: 4.3(c), a closed entry, the upgrade path, the same Hash, 4.3(b); else open. */
    public static Outcome outcomeOf(SubmittedRow row, Facts facts) {
        if (row.dccMustSubmit() && !facts.fromDcc()) {
            return rejected("Appendix Z 4.3(c): a " + (row.specificationVersion().equals("SMETS1") ? "SMETS1 Device Model"
                    : "Communications Hub") + " can only be submitted by the DCC.");
        }
        if (facts.closed().isPresent()) {
            return rejected(facts.closed().get());
        }
        Optional<String> badUpgradePath = upgradePathProblem(row, facts.upgradeFrom());
        if (badUpgradePath.isPresent()) {
            return rejected(badUpgradePath.get());
        }
        Optional<ListedModel> listed = facts.listed();
        Optional<ImageHash> current = listed.flatMap(ListedModel::currentHash);
        if (current.isPresent() && current.get().equals(row.imageHash())) {
            return rejected("This Hash is already the current Hash of CPL entry " + listed.get().entryId()
                    + "; nothing to do.");
        }
        if (current.isPresent()) {
            return new Outcome(RowOutcome.CONFLICT, "Appendix Z 4.3(b): CPL entry " + listed.get().entryId()
                    + " already has Hash " + current.get() + " (" + listed.get().origin() + "); this row asks for "
                    + row.imageHash() + ". The Panel investigates with the relevant Parties whether to replace it.");
        }
        List<ListedModel> elsewhere = facts.sameHashElsewhere();
        if (facts.investigateHashElsewhere() && !elsewhere.isEmpty()) {
            ListedModel other = elsewhere.get(0);
            return new Outcome(RowOutcome.CONFLICT, "The same Hash " + row.imageHash() + " is already the current Hash"
                    + " of CPL entry " + other.entryId() + ", another Device Model (" + other.origin() + "). SECAS"
                    + " investigates with the relevant Parties whether it may also be associated with this one.");
        }
        return new Outcome(RowOutcome.PENDING, "Appendix Z 4.3(b): no Hash is currently associated with this Device"
                + " Model." + (elsewhere.isEmpty() ? "" : " Note: the same Hash is the current Hash of CPL entr"
                + (elsewhere.size() == 1 ? "y " : "ies ") + elsewhere.stream().map(m -> String.valueOf(m.entryId()))
                        .collect(Collectors.joining(", ")) + " (another Device Model)."));
    }

    private static Outcome rejected(String reason) {
        return new Outcome(RowOutcome.REJECTED, reason);
    }

    /**
     * The earlier firmware a row says can upgrade to it must be on the CPL, as the same kind of device of the same
     * manufacturer: otherwise the DCC would be told to allow an upgrade path that cannot exist.
     */
    private static Optional<String> upgradePathProblem(SubmittedRow row, Map<Long, Optional<DeviceModel>> upgradeFrom) {
        List<String> problems = new ArrayList<>();
        for (Long entryId : row.upgradeFrom()) {
            Optional<DeviceModel> earlier = upgradeFrom.getOrDefault(entryId, Optional.empty());
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
}
