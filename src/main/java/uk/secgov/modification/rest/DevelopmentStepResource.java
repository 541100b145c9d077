package uk.secgov.modification.rest;

import static uk.secgov.modification.rest.RequestValues.day;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import uk.secgov.modification.DevelopmentSteps;
import uk.secgov.modification.RefinementSteps;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;

/**
 * The steps SECAS records while a case is developed and refined: the pre-check, the CSC's comments and agreement,
 * sub-committees' views, refinement events. Each answers the case as it now stands, read in the transaction that
 * changed it.
 */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevelopmentStepResource {

    public record PrecheckRequest(String date, String leadAnalyst, String comments) implements DatedRequest {
        static final PrecheckRequest NONE = new PrecheckRequest(null, null, null);
    }

    public record CscCommentRequest(String date, String comments) implements DatedRequest {
        static final CscCommentRequest NONE = new CscCommentRequest(null, null);
    }

    public record SubCommitteeViewsRequest(String date, String committee, String comments) implements DatedRequest {
        static final SubCommitteeViewsRequest NONE = new SubCommitteeViewsRequest(null, null, null);
    }

    public record RefinementEventRequest(String date, String what, String comments) implements DatedRequest {
        static final RefinementEventRequest NONE = new RefinementEventRequest(null, null, null);
    }

    @Inject
    DevelopmentSteps development;

    @Inject
    RefinementSteps refinement;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed("secas")
    @Path("{reference}/precheck")
    public ModificationDetail precheck(@PathParam("reference") String reference, PrecheckRequest request) {
        PrecheckRequest s = request == null ? PrecheckRequest.NONE : request;
        return ModificationDetail.of(development.completePrecheck(reference, s.leadAnalyst(), s.comments(), day(s),
                actor()));
    }

    @POST
    @RolesAllowed("secas")
    @Path("{reference}/csc-comments")
    public ModificationDetail cscComment(@PathParam("reference") String reference, CscCommentRequest request) {
        CscCommentRequest s = request == null ? CscCommentRequest.NONE : request;
        return ModificationDetail.of(development.recordCscComment(reference, s.comments(), day(s), actor()));
    }

    @POST
    @RolesAllowed("secas")
    @Path("{reference}/sub-committee-views")
    public ModificationDetail subCommitteeViews(@PathParam("reference") String reference,
            SubCommitteeViewsRequest request) {
        SubCommitteeViewsRequest s = request == null ? SubCommitteeViewsRequest.NONE : request;
        return ModificationDetail.of(development.recordSubCommitteeViews(reference, s.committee(), s.comments(), day(s),
                actor()));
    }

    @POST
    @RolesAllowed("secas")
    @Path("{reference}/problem-statement-agreed")
    public ModificationDetail problemStatementAgreed(@PathParam("reference") String reference, DayRequest request) {
        return ModificationDetail.of(development.agreeProblemStatement(reference, day(request), actor()));
    }

    @POST
    @RolesAllowed("secas")
    @Path("{reference}/refinement-events")
    public ModificationDetail refinementEvent(@PathParam("reference") String reference,
            RefinementEventRequest request) {
        RefinementEventRequest s = request == null ? RefinementEventRequest.NONE : request;
        return ModificationDetail.of(refinement.recordEvent(reference, s.what(), s.comments(), day(s), actor()));
    }

    @POST
    @RolesAllowed("secas")
    @Path("{reference}/refinement-completed")
    public ModificationDetail refinementCompleted(@PathParam("reference") String reference, DayRequest request) {
        return ModificationDetail.of(refinement.complete(reference, day(request), actor()));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
