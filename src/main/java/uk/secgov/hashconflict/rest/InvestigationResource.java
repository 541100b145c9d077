package uk.secgov.hashconflict.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cpl.NamedFile;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.InformationRequests;
import uk.secgov.hashconflict.InvestigationParties;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.hashconflict.InvestigationViewer;
import uk.secgov.hashconflict.InvestigationWorkspace.InvestigationView;
import uk.secgov.hashconflict.InvestigationWorkspace;
import uk.secgov.hashconflict.RequestAnswers;
import uk.secgov.platform.output.Attachments;
import uk.secgov.platform.rest.Page;
import uk.secgov.signature.Uploads;

/**
 * {@code /api/v1/cpl/investigations}: Hash conflict investigations. SECAS and the Panel see all; a
 * party's users see those their party is involved in, with only their own party's requests, and answer
 * them. Anything else answers 404, as if it did not exist.
 */
@Path("/cpl/investigations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationResource {

    /** A line of the list. */
    public record InvestigationSummary(String reference, String kind, long entryId, String state, Instant openedAt) {
    }

    /** The investigation as the caller may see it. */
    public record InvestigationDetail(String reference, String kind, String state, long entryId, String deviceModel,
            String currentHash, Instant currentHashSince, String currentHashOrigin, String currentHashSubmission,
            List<ConflictingRowSummary> rows, List<String> requestedHashes, List<InvolvedParty> parties,
            List<Request> requests, List<InvestigationTimelineEntry> timeline) {
    }

    /** A conflicting row and the submission it came from. */
    public record ConflictingRowSummary(String submission, String submittingParty, int row, String imageHash,
            Instant receivedAt, boolean active) {
    }

    public record InvolvedParty(long partyId, String name, String why) {
    }

    public record Request(long id, long partyId, String party, String question, Long followsRequest, Instant askedAt,
            Instant dueAt, Instant escalateAt, Answer answer) {
    }

    public record Answer(Instant at, String by, String text, String evidenceName, String evidenceSha256) {
    }

    /**
     * A step of the timeline: {@code kind} and {@code outcome} as codes, {@code label} in plain English,
     * {@code imageHash} the requested Hash a replace recommendation or decision chose.
     */
    public record InvestigationTimelineEntry(Instant at, String kind, String outcome, String label, String imageHash, String actor,
            String note) {
    }

    /** SECAS's question. */
    public record Question(Long partyId, String question, Integer workingDays, Long followsRequest) {
    }

    public record PartyChange(Long partyId) {
    }

    @Inject
    InvestigationWorkspace workspace;

    @Inject
    InformationRequests requests;

    @Inject
    RequestAnswers answers;

    @Inject
    InvestigationParties parties;

    @Context
    SecurityContext security;

    private InvestigationViewer viewer() {
        return workspace.viewer(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    @GET
    @RolesAllowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public Page<InvestigationSummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        InvestigationViewer viewer = viewer();
        return Page.of(first, size, () -> workspace.count(viewer), (from, pageSize) -> workspace.page(viewer, from,
                pageSize).stream().map(l -> new InvestigationSummary(l.reference(), l.kind().name(), l.entryId(),
                        l.state(), l.openedAt())).toList());
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public InvestigationDetail one(@PathParam("reference") String reference) {
        InvestigationView v = workspace.view(viewer(), reference);
        return new InvestigationDetail(v.investigation().reference(), v.investigation().kind().name(),
                v.state().name(), v.entry().id(), v.entry().key().toString(),
                v.challenged().imageHash().map(ImageHash::value).orElse(null),
                v.challenged().at(), v.challengedOrigin(), v.challengedSubmissionReference(),
                v.rows().stream().map(r -> new ConflictingRowSummary(r.submissionReference(), r.submittingParty(),
                        r.rowNumber(), r.imageHash().value(), r.receivedAt(), r.active())).toList(),
                v.requestedHashes().stream().map(ImageHash::value).toList(),
                v.parties().stream().map(p -> new InvolvedParty(p.partyId(), p.name(), p.why())).toList(),
                v.requests().stream().map(q -> new Request(q.id(), q.partyId(), q.partyName(), q.question(),
                        q.followsRequestId(), q.askedAt(), q.dueAt(), q.escalateAt(), q.answer() == null ? null
                                : new Answer(q.answer().answeredAt(), q.answer().answeredBy(), q.answer().answer(),
                                        q.answer().evidenceName().orElse(null), q.answer().evidenceSha256())))
                        .toList(),
                v.timeline().stream().map(l -> new InvestigationTimelineEntry(l.event().at(), l.event().kind().name(),
                        l.event().outcome().map(Enum::name).orElse(null), l.label(),
                        l.event().imageHash().map(ImageHash::value).orElse(null), l.event().actor(), l.event().note())).toList());
    }

    @POST
    @Path("{reference}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public Response ask(@PathParam("reference") String reference, Question question) {
        if (question == null || question.partyId() == null) {
            throw new uk.secgov.hashconflict.InvestigationRefused("Say which party (partyId) to ask.");
        }
        InformationRequest q = requests.ask(viewer(), reference, question.partyId(), question.question(),
                question.workingDays(), question.followsRequest());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", q.id(), "dueAt", q.dueAt().toString(),
                "escalateAt", q.escalateAt().toString())).build();
    }

    @POST
    @Path("{reference}/requests/{requestId}/answer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"supplier", "dcc", "manufacturer"})
    public Response answer(@PathParam("reference") String reference, @PathParam("requestId") long requestId,
            @FormParam("answer") String answer, @FormParam("evidence") EntityPart evidence) {
        NamedFile file = evidence == null ? null : new NamedFile(evidence.getFileName().orElse("evidence"),
                Uploads.read("evidence", evidence.getContent()));
        answers.answer(viewer(), reference, requestId, answer, file, evidence == null ? null
                : evidence.getMediaType().toString());
        return Response.noContent().build();
    }

    @GET
    @Path("{reference}/requests/{requestId}/evidence")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public Response evidence(@PathParam("reference") String reference, @PathParam("requestId") long requestId) {
        InvestigationWorkspace.Evidence e = workspace.evidence(viewer(), reference, requestId)
                .orElseThrow(() -> new UnknownInvestigation(reference + " evidence " + requestId));
        return Response.ok(e.bytes(), Attachments.contentType(e.name()))
                .header("Content-Disposition", Attachments.contentDisposition(e.name()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{reference}/parties")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("secas")
    public Response addParty(@PathParam("reference") String reference, PartyChange change) {
        parties.addParty(viewer(), reference, change == null || change.partyId() == null ? -1 : change.partyId());
        return Response.noContent().build();
    }

    @POST
    @Path("{reference}/parties/{partyId}/remove")
    @RolesAllowed("secas")
    public Response removeParty(@PathParam("reference") String reference, @PathParam("partyId") long partyId) {
        parties.removeParty(viewer(), reference, partyId);
        return Response.noContent().build();
    }
}
