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
import uk.secgov.modification.CaseInterruptions;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;
import uk.secgov.party.Directory;

/**
 * What may happen to any open case: withdrawal (by SECAS or the proposing Party's own users) and adoption, hold and
 * resumption, supersession, and SECAS's updates for the register.
 */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterruptionResource {

    /** A withdrawal or a hold, with its reason. */
    public record ReasonRequest(String date, String reason) implements DatedRequest {
        static final ReasonRequest NONE = new ReasonRequest(null, null);
    }

    /** Another Party adopts a withdrawn case and becomes its Proposer. */
    public record AdoptionRequest(String date, Long proposerPartyId, String proposerPerson, String onBehalfOf)
            implements DatedRequest {
        static final AdoptionRequest NONE = new AdoptionRequest(null, null, null, null);
    }

    public record SupersessionRequest(String date, String supersededBy, String reason) implements DatedRequest {
        static final SupersessionRequest NONE = new SupersessionRequest(null, null, null);
    }

    /** The register's "latest update". */
    public record UpdateRequest(String date, String comments) implements DatedRequest {
        static final UpdateRequest NONE = new UpdateRequest(null, null);
    }

    @Inject
    CaseInterruptions interruptions;

    @Inject
    Directory directory;

    @Context
    SecurityContext security;

    /** The Proposer withdraws: SECAS records it, or a user of the proposing Party does. */
    @POST
    @Path("{reference}/withdrawal")
    @RolesAllowed({"secas", "supplier", "dcc"})
    public ModificationDetail withdraw(@PathParam("reference") String reference, ReasonRequest request) {
        ReasonRequest s = request == null ? ReasonRequest.NONE : request;
        return ModificationDetail.of(interruptions.withdraw(reference, caller().viewer(), s.reason(), day(s)));
    }

    @POST
    @Path("{reference}/adoption")
    @RolesAllowed("secas")
    public ModificationDetail adopt(@PathParam("reference") String reference, AdoptionRequest request) {
        AdoptionRequest s = request == null ? AdoptionRequest.NONE : request;
        return ModificationDetail.of(interruptions.adopt(reference, caller().proposer(s.proposerPartyId(),
                s.proposerPerson(), s.onBehalfOf()), day(s), caller().actor()));
    }

    @POST
    @Path("{reference}/hold")
    @RolesAllowed("secas")
    public ModificationDetail hold(@PathParam("reference") String reference, ReasonRequest request) {
        ReasonRequest s = request == null ? ReasonRequest.NONE : request;
        return ModificationDetail.of(interruptions.putOnHold(reference, s.reason(), day(s), caller().actor()));
    }

    @POST
    @Path("{reference}/resumption")
    @RolesAllowed("secas")
    public ModificationDetail resume(@PathParam("reference") String reference, DayRequest request) {
        return ModificationDetail.of(interruptions.resume(reference, day(request), caller().actor()));
    }

    @POST
    @Path("{reference}/supersession")
    @RolesAllowed("secas")
    public ModificationDetail supersede(@PathParam("reference") String reference, SupersessionRequest request) {
        SupersessionRequest s = request == null ? SupersessionRequest.NONE : request;
        if (s.supersededBy() == null) {
            throw new InvalidModificationRequest("supersededBy", "Name the case that supersedes this one.");
        }
        return ModificationDetail.of(interruptions.supersede(reference, s.supersededBy(), s.reason(), day(s),
                caller().actor()));
    }

    @POST
    @Path("{reference}/updates")
    @RolesAllowed("secas")
    public ModificationDetail update(@PathParam("reference") String reference, UpdateRequest request) {
        UpdateRequest s = request == null ? UpdateRequest.NONE : request;
        return ModificationDetail.of(interruptions.recordUpdate(reference, s.comments(), day(s), caller().actor()));
    }

    private ApiCaller caller() {
        return new ApiCaller(security, directory);
    }
}
