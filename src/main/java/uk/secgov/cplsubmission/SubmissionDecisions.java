package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.NewAssociations;
import uk.secgov.platform.security.Allowed;

/**
 * The Panel's decision on a submission's open rows, and the decision applied to the CPL: each associated row lists
 * its Device Model (if new) and adds its Hash.
 */
@ApplicationScoped
@Transactional
public class SubmissionDecisions {

    @Inject
    SubmissionRecorder recorder;

    @Inject
    NewAssociations register;

    @Inject
    AssociationOrigins origins;

    @Inject
    CplSubmissions submissions;

    /** The Panel's decision on every open row, with its rationale. Refused whole if a row is missing. */
    @Allowed(Allowed.SYSTEM)
    public void decide(long submissionId, String actor, Map<Integer, RowChoice> choices) {
        SubmissionRecord record = recorder.load(submissionId);
        record.decide(choices, actor, recorder.now()).forEach(submissions::add);
    }

    /**
     * The decision applied to the CPL: each row the decision associates ({@link SubmissionRecord#associations()})
     * lists its Device Model (if new) and adds its Hash, unless the model got a Hash since the rules ran; then the
     * submission completes ({@link SubmissionRecord#complete}).
     */
    @Allowed(Allowed.SYSTEM)
    public void updateRegister(long submissionId) {
        SubmissionRecord record = recorder.load(submissionId);
        Instant now = recorder.now();
        int associated = 0;
        List<RowDecision> notWritten = new ArrayList<>();
        for (SubmissionRecord.Association association : record.associations()) {
            SubmittedRow row = association.row();
            RowDecision decision = association.decision();
            DeviceModel model = register.model(row.key()).orElseGet(() -> register.add(DeviceModel.listed(row, now)));
            Optional<HashAssociation> current = register.current(model.id());
            Optional<ImageHash> currentHash = current.flatMap(HashAssociation::imageHash);
            if (decision.outcome() == RowOutcome.ASSOCIATED && currentHash.isPresent()) {
                // Appendix Z 4.3(b) again at the moment of writing: another submission may have been associated
                // with this Device Model since the rules ran (two requests for one new model decided together).
                notWritten.add(notWritten(row, model, currentHash.get(), now));
                continue;
            }
            register.add(HashAssociation.following(current, model.id(), row.imageHash(), now,
                    submissionId, decision.id(), decision.actor(), decision.reason()));
            associated++;
        }
        recorder.append(record, record.complete(associated, notWritten, now));
    }

    private RowDecision notWritten(SubmittedRow row, DeviceModel model, ImageHash currentHash, Instant now) {
        boolean same = currentHash.equals(row.imageHash());
        return RowDecision.of(row.id(), now, RowDecision.Stage.REGISTER, same ? RowOutcome.REJECTED
                : RowOutcome.CONFLICT, SubmissionEvent.SYSTEM, same
                        ? "Not written: CPL entry " + model.id() + " already has this Hash (" + origins.of(model.id())
                                + ")."
                        : "Not written: since the rules were applied, CPL entry " + model.id() + " got Hash "
                                + currentHash + " (" + origins.of(model.id()) + "). Appendix Z 4.3(b): a different"
                                + " Hash is a conflict for the Panel to investigate; submit this row again to open"
                                + " the investigation.");
    }
}
