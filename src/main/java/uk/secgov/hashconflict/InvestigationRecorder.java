package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.InvestigatedSubmissions;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * The one way the services read and change an investigation: load it whole (with what its rows claim), let a verb
 * say what to append, append it, and announce each timeline line ({@link InvestigationChanged}: the process and the
 * notifications follow in the same transaction, or once it has committed). Also who is asking, and what they may see.
 */
@ApplicationScoped
@Transactional
public class InvestigationRecorder {

    @Inject
    InvestigationRecords records;

    @Inject
    InvestigationAppends appends;

    @Inject
    InvestigatedSubmissions submissions;

    @Inject
    Directory directory;

    @Inject
    Event<InvestigationChanged> changes;

    /** The record of an investigation, read whole. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public InvestigationRecord record(long investigationId) {
        return record(records.byId(investigationId).orElseThrow(() -> new UnknownInvestigation("#"
                + investigationId)));
    }

    private InvestigationRecord record(ConflictInvestigation i) {
        List<InvestigationRow> rows = records.rows(i.id());
        List<SubmittedRow> submitted = rows.stream().map(ir -> submissions.row(ir.rowId()).orElseThrow()).toList();
        Set<Long> submissionIds = new HashSet<>();
        submitted.forEach(row -> submissionIds.add(row.submissionId()));
        Set<Long> withdrawn = submissionIds.isEmpty() ? Set.of() : submissions.withdrawn(submissionIds);
        List<InvestigationRecord.Claim> claims = submitted.stream().map(row -> new InvestigationRecord.Claim(row.id(),
                row.rowNumber(), row.imageHash(), submissions.submission(row.submissionId())
                        .map(CplSubmission::reference).orElseThrow(), !withdrawn.contains(row.submissionId())))
                .toList();
        return new InvestigationRecord(i, rows, records.parties(i.id()), records.requests(i.id()),
                records.answers(i.id()), records.events(i.id()), records.dueDates(i.id()), claims);
    }

    /** The caller as the security layer knows them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public InvestigationViewer viewer(String username, Predicate<String> hasRole) {
        Long party = directory.user(username).map(UserAccount::party).map(Party::id).orElse(null);
        return new InvestigationViewer(username, party, hasRole.test("secas"), hasRole.test("panel"));
    }

    /** The investigation by reference, if the viewer may see it (SECAS and the Panel, or an involved party's user). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public InvestigationRecord visible(InvestigationViewer viewer, String reference) {
        ConflictInvestigation i = records.byReference(reference == null ? "" : reference)
                .orElseThrow(() -> new UnknownInvestigation(reference));
        InvestigationRecord r = record(i);
        if (!viewer.seesAll() && (viewer.partyId() == null || !r.involves(viewer.partyId()))) {
            throw new UnknownInvestigation(reference);
        }
        return r;
    }

    /** The same, for a step only SECAS takes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public InvestigationRecord runBySecas(InvestigationViewer viewer, String reference) {
        InvestigationRecord r = visible(viewer, reference);
        if (!viewer.secas()) {
            throw new InvestigationRefused("Only SECAS runs an investigation.");
        }
        return r;
    }

    /**
     * Appends a line to the investigation's timeline and announces it; {@code fromProcess}: the process itself took
     * the step (a completed task), so it need not be moved.
     */
    @Allowed(Allowed.SYSTEM)
    public InvestigationEvent append(ConflictInvestigation investigation, InvestigationEvent event,
            boolean fromProcess) {
        InvestigationEvent e = appends.add(event);
        changes.fire(new InvestigationChanged(investigation.id(), investigation.reference(), e.kind(),
                e.requestId().orElse(null), fromProcess));
        return e;
    }

    /** Where an association came from, in words. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public String originOf(HashAssociation association) {
        return association.submissionId().flatMap(submissions::submission)
                .map(s -> "associated " + UkFormat.WORDS.format(association.at()) + " by submission " + s.reference())
                .orElse("associated " + UkFormat.WORDS.format(association.at()) + " before this register");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public String partyName(long partyId) {
        return directory.party(partyId).map(Party::name).orElse("party " + partyId);
    }
}
