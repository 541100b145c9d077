package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.DeviceModelKey;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.InvestigatedSubmissions;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationRecord.State;
import uk.secgov.platform.security.Allowed;

/**
 * What people read of investigations: the list, the whole workspace (both Hashes and where they came from, the rows,
 * the parties, requests and answers, the timeline) and the evidence. SECAS and the Panel see everything; a party's
 * users see the investigations their party is involved in, their own party's requests, and of the timeline how it
 * started and ended. An investigation or request the caller may not see is not found. The steps are the other
 * services of this package.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InvestigationWorkspace {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigationRecords records;

    @Inject
    InvestigationListing listing;

    @Inject
    InvestigationIndex index;

    @Inject
    RequestRecords requests;

    @Inject
    InvestigatedSubmissions submissions;

    @Inject
    CplRegister register;

    /** The caller as the security layer knows them. */
    @Allowed(Allowed.SIGNED_IN)
    public InvestigationViewer viewer(String username, Predicate<String> hasRole) {
        return recorder.viewer(username, hasRole);
    }

    /** One line of the list of investigations. */
    public record InvestigationLine(String reference, ConflictInvestigation.Kind kind, long entryId, String state,
            Instant openedAt) {
    }

    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public List<InvestigationLine> page(InvestigationViewer viewer, int first, int size) {
        if (!viewer.seesAll() && viewer.partyId() == null) {
            return List.of();
        }
        return listing.page(viewer.seesAll() ? null : viewer.partyId(), first, size).stream()
                .map(i -> new InvestigationLine(i.reference(), i.kind(), i.deviceModelId(),
                        recorder.record(i.id()).state().label(), i.openedAt())).toList();
    }

    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public long count(InvestigationViewer viewer) {
        return !viewer.seesAll() && viewer.partyId() == null ? 0 : listing.count(viewer.seesAll() ? null
                : viewer.partyId());
    }

    /** A conflicting row, with its submission. */
    public record ConflictingRow(long rowId, String submissionReference, String submittingParty, int rowNumber,
            ImageHash imageHash, DeviceModelKey key, Instant receivedAt, boolean active) {
    }

    /** A party in the investigation. */
    public record PartyLine(long partyId, String name, String why) {
    }

    /** A request with its answer, if any. */
    public record RequestLine(long id, long partyId, String partyName, String question, Long followsRequestId,
            Instant askedAt, String askedBy, Instant dueAt, Instant escalateAt, RequestAnswer answer) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** A step of the timeline with what happened in plain English ({@link InvestigationEvent.Kind#label}). */
    public record TimelineLine(InvestigationEvent event, String label) {
    }

    /** The workspace: both Hashes and where they came from, the rows, the parties, requests, timeline. */
    public record InvestigationView(ConflictInvestigation investigation, State state, DeviceModel entry,
            HashAssociation challenged, String challengedOrigin, String challengedSubmissionReference,
            List<ConflictingRow> rows, List<PartyLine> parties, List<RequestLine> requests,
            List<TimelineLine> timeline, boolean seesAll, List<ImageHash> requestedHashes) {
    }

    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public InvestigationView view(InvestigationViewer viewer, String reference) {
        InvestigationRecord r = recorder.visible(viewer, reference);
        ConflictInvestigation i = r.investigation();
        HashAssociation challenged = register.history(i.deviceModelId()).stream()
                .filter(a -> a.id() == i.challengedAssociationId()).findFirst().orElseThrow();
        Set<Long> active = new HashSet<>();
        r.activeRows().forEach(ir -> active.add(ir.rowId()));
        List<ConflictingRow> rows = new ArrayList<>();
        for (InvestigationRow ir : r.rows()) {
            SubmittedRow row = submissions.row(ir.rowId()).orElseThrow();
            CplSubmission s = submissions.submission(row.submissionId()).orElseThrow();
            rows.add(new ConflictingRow(row.id(), s.reference(), recorder.partyName(s.submittingPartyId()),
                    row.rowNumber(), row.imageHash(), row.key(), s.receivedAt(), active.contains(row.id())));
        }
        List<PartyLine> parties = r.parties().values().stream().map(p -> new PartyLine(p.partyId(),
                recorder.partyName(p.partyId()), p.why().label())).toList();
        Map<Long, RequestAnswer> answers = r.answersByRequest();
        List<RequestLine> requestLines = r.requests().stream()
                .filter(q -> viewer.seesAll() || q.partyId() == viewer.partyId())
                .map(q -> new RequestLine(q.id(), q.partyId(), recorder.partyName(q.partyId()), q.question(),
                        q.followsRequestId().orElse(null), q.askedAt(), q.askedBy(), r.due(q).dueAt(),
                        r.due(q).escalateAt(), answers.get(q.id()))).toList();
        List<TimelineLine> timeline = (viewer.seesAll() ? r.events() : r.events().stream()
                .filter(e -> sharedWithParties(e) || e.requestId().flatMap(r::request)
                        .filter(q -> q.partyId() == viewer.partyId()).isPresent()).toList()).stream()
                .map(e -> line(r, e)).toList();
        return new InvestigationView(i, r.state(), register.model(i.deviceModelId()).orElseThrow(), challenged,
                recorder.originOf(challenged), challenged.submissionId().flatMap(submissions::submission)
                        .map(CplSubmission::reference).orElse(null), rows, parties, requestLines, timeline,
                viewer.seesAll(), r.requestedHashes());
    }

    private TimelineLine line(InvestigationRecord r, InvestigationEvent e) {
        Optional<InformationRequest> q = e.requestId().flatMap(r::request);
        return new TimelineLine(e, e.label(q.map(x -> recorder.partyName(x.partyId())).orElse(null),
                q.flatMap(InformationRequest::followsRequestId).isPresent()));
    }

    /** What every involved party may read on the timeline: how it started, how it ended. */
    private static boolean sharedWithParties(InvestigationEvent e) {
        return e.kind() == Kind.DETECTED || e.kind() == Kind.OPENED || e.kind() == Kind.DECIDED
                || e.kind() == Kind.CPL_UPDATED || e.kind() == Kind.WITHDRAWN;
    }

    /** The evidence of an answer the viewer may see. */
    @Allowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public Optional<Evidence> evidence(InvestigationViewer viewer, String reference, long requestId) {
        InvestigationRecord r = recorder.visible(viewer, reference);
        r.request(requestId).filter(q -> viewer.seesAll() || q.partyId() == viewer.partyId())
                .orElseThrow(() -> new UnknownInvestigation(reference + " request " + requestId));
        return requests.answer(requestId).filter(a -> a.evidenceName().isPresent())
                .map(a -> new Evidence(a.evidenceName().get(), a.evidenceType(), a.evidenceBytes()));
    }

    /** An evidence file as uploaded. */
    public record Evidence(String name, String contentType, byte[] bytes) {
    }

    /** The investigation deciding a submitted row, for the submission page (if the viewer may see it). */
    @Allowed(Allowed.SIGNED_IN)
    public Optional<String> investigationOfRow(InvestigationViewer viewer, long rowId) {
        return index.rowOf(rowId).flatMap(ir -> records.byId(ir.investigationId()))
                .filter(i -> viewer.seesAll() || recorder.record(i.id()).involves(viewer.partyId() == null ? -1
                        : viewer.partyId()))
                .map(ConflictInvestigation::reference);
    }
}
