package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.secgov.cpl.ClosedEntries;
import uk.secgov.cpl.CurrentAssociations;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Allowed;

/**
 * Appendix Z 4.3(b) and (c) on each row of a verified submission: the facts are read from the register and the
 * directory, {@link SubmissionRules} gives each row's outcome, the submission records them and says where it goes.
 */
@ApplicationScoped
@Transactional
public class SubmissionScreening {

    /** After the rules. */
    public enum Route {
        REJECTED, REVIEW, CONFLICT
    }

    @Inject
    SubmissionRecorder recorder;

    @Inject
    CurrentAssociations register;

    @Inject
    Directory directory;

    @Inject
    HashElsewhere hashElsewhere;

    @Inject
    ClosedEntries closedEntries;

    @Inject
    AssociationOrigins origins;

    @Allowed(Allowed.SYSTEM)
    public Route applyRules(long submissionId) {
        SubmissionRecord record = recorder.load(submissionId);
        boolean fromDcc = directory.party(record.submission().submittingPartyId()).map(Party::category)
                .filter(c -> c == PartyCategory.DCC).isPresent();
        Map<SubmittedRow, SubmissionRules.Outcome> outcomes = new LinkedHashMap<>();
        for (SubmittedRow row : record.rows()) {
            outcomes.put(row, SubmissionRules.outcomeOf(row, facts(row, fromDcc)));
        }
        SubmissionRecord.Appended screened = record.screen(outcomes, recorder.now());
        recorder.append(record, screened);
        return switch (screened.event().orElseThrow().status()) {
            case REJECTED -> Route.REJECTED;
            case UNDER_INVESTIGATION -> Route.CONFLICT;
            default -> Route.REVIEW;
        };
    }

    private SubmissionRules.Facts facts(SubmittedRow row, boolean fromDcc) {
        Optional<DeviceModel> model = register.model(row.key());
        Map<Long, Optional<DeviceModel>> upgradeFrom = new LinkedHashMap<>();
        row.upgradeFrom().forEach(entryId -> upgradeFrom.put(entryId, register.model(entryId)));
        // Asked only if the rules get that far: most rows are settled by their own model's Hash.
        Supplier<List<SubmissionRules.ListedModel>> elsewhere = () -> register.currentlyWithHash(row.imageHash(),
                model.map(DeviceModel::id).orElse(-1L)).stream().map(this::listed).toList();
        return new SubmissionRules.Facts(fromDcc, model.map(this::listed),
                model.flatMap(m -> closedEntries.refusalForNewHash(m.id())), upgradeFrom, elsewhere,
                hashElsewhere.investigate());
    }

    private SubmissionRules.ListedModel listed(DeviceModel model) {
        Optional<HashAssociation> current = register.current(model.id());
        return new SubmissionRules.ListedModel(model, current.flatMap(HashAssociation::imageHash),
                origins.of(current));
    }
}
