package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.InvestigatedSubmissions;
import uk.secgov.cplsubmission.RowsConflict;
import uk.secgov.cplsubmission.SubmissionEvent;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.cplsubmission.UnknownSubmission;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationParty.Why;
import uk.secgov.party.Directory;
import uk.secgov.party.ManufacturerId;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * Detection (Appendix Z 4.3(b)): a conflicting row opens an investigation of the association it challenges, with the
 * relevant Parties proposed, or joins the open one on the same current Hash; and which rows of a submission wait
 * for a decision.
 */
@ApplicationScoped
@Transactional
public class ConflictDetection {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigationAppends appends;

    @Inject
    InvestigationIndex index;

    @Inject
    InvestigationRecords records;

    @Inject
    InvestigatedSubmissions submissions;

    @Inject
    CplRegister register;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /**
     * Puts each conflicting row of the submission under investigation: the open investigation of the
     * association it challenges if there is one (it joins), else a new one with the relevant Parties proposed.
     */
    @Allowed(Allowed.SYSTEM)
    public void investigate(@Observes RowsConflict conflict) {
        CplSubmission s = submissions.submission(conflict.submissionId())
                .orElseThrow(() -> new UnknownSubmission("#" + conflict.submissionId()));
        for (long rowId : conflict.rowIds()) {
            if (index.rowOf(rowId).isEmpty()) {
                investigateRow(s, submissions.row(rowId).orElseThrow());
            }
        }
    }

    /** The submission's rows that wait for an investigation's decision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public List<Long> rowsUnderInvestigation(long submissionId) {
        return submissions.rows(submissionId).stream().map(SubmittedRow::id)
                .filter(id -> index.rowOf(id).isPresent()).toList();
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
        List<ConflictInvestigation> earlier = index.ofAssociation(challenged.id());
        Optional<InvestigationRecord> open = earlier.stream().map(i -> recorder.record(i.id()))
                .filter(r -> !r.isClosed()).findFirst();
        if (open.isPresent()) {
            InvestigationRecord r = open.get();
            InvestigationRecord.Joined joined = r.join(row.id(), row.rowNumber(), s.reference(), row.imageHash(),
                    SubmissionEvent.SYSTEM, now);
            appends.add(joined.row());
            proposeParties(r.investigation(), s, row, challenged);
            recorder.append(r.investigation(), joined.event(), false);
            return;
        }
        long number = appends.nextNumber();
        ConflictInvestigation investigation = appends.add(ConflictInvestigation.of(String.format("HCI-%d-%06d",
                now.atZone(UkFormat.ZONE).getYear(), number), kind, challenged,
                earlier.size() + 1, now));
        appends.add(InvestigationRow.of(investigation.id(), row.id(), now));
        proposeParties(investigation, s, row, challenged);
        String existing = "CPL entry " + challenged.deviceModelId() + " has Hash " + challenged.imageHash().map(ImageHash::value).orElse("")
                + " (" + recorder.originOf(challenged) + ")";
        recorder.append(investigation, InvestigationEvent.of(investigation.id(), now,
                Kind.DETECTED, null, null, SubmissionEvent.SYSTEM, kind == ConflictInvestigation.Kind.DIFFERENT_HASH
                        ? "Appendix Z 4.3(b): " + existing + "; row " + row.rowNumber() + " of submission "
                                + s.reference() + " asks for Hash " + row.imageHash() + "."
                        : "The same Hash is claimed for another Device Model: " + existing + "; row "
                                + row.rowNumber() + " of submission " + s.reference() + " claims it for " + row.key()
                                + "."), false);
    }

    private void proposeParties(ConflictInvestigation investigation, CplSubmission s, SubmittedRow row,
            HashAssociation challenged) {
        Map<Long, Why> proposed = new LinkedHashMap<>();
        proposed.put(s.submittingPartyId(), Why.SUBMITTER);
        manufacturer(row.manufacturerId()).ifPresent(p -> proposed.putIfAbsent(p.id(), Why.IMAGE_CREATOR));
        challenged.submissionId().flatMap(submissions::submission)
                .ifPresent(earlier -> proposed.putIfAbsent(earlier.submittingPartyId(), Why.CURRENT_HASH_SUBMITTER));
        boolean dccInvolved = row.dccMustSubmit() || proposed.keySet().stream().map(directory::party)
                .flatMap(Optional::stream).anyMatch(p -> p.category() == PartyCategory.DCC);
        if (dccInvolved) {
            directory.dcc().ifPresent(p -> proposed.putIfAbsent(p.id(), Why.DCC));
        }
        Set<Long> already = records.parties(investigation.id()).stream()
                .map(InvestigationParty::partyId).collect(Collectors.toSet());
        Instant now = clock.instant();
        proposed.forEach((partyId, why) -> {
            if (!already.contains(partyId)) {
                appends.add(InvestigationParty.of(investigation.id(), partyId, why, true, now,
                        SubmissionEvent.SYSTEM));
            }
        });
    }

    private Optional<Party> manufacturer(ManufacturerId manufacturerId) {
        return directory.manufacturer(manufacturerId);
    }
}
