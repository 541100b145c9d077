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
import uk.secgov.modification.Challenges;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;

/** A Party's challenge to a decision, recorded by SECAS: an objection to a Fast-Track, an appeal to the Authority. */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    /** Who challenges, on what grounds. */
    public record ChallengeRequest(String date, String party, String reason) implements DatedRequest {
        static final ChallengeRequest NONE = new ChallengeRequest(null, null, null);
    }

    @Inject
    Challenges challenges;

    @Context
    SecurityContext security;

    @POST
    @Path("{reference}/objections")
    @RolesAllowed("secas")
    public ModificationDetail objection(@PathParam("reference") String reference, ChallengeRequest request) {
        ChallengeRequest s = request == null ? ChallengeRequest.NONE : request;
        return ModificationDetail.of(challenges.objection(reference, s.party(), s.reason(), day(s), actor()));
    }

    @POST
    @Path("{reference}/appeals")
    @RolesAllowed("secas")
    public ModificationDetail appeal(@PathParam("reference") String reference, ChallengeRequest request) {
        ChallengeRequest s = request == null ? ChallengeRequest.NONE : request;
        return ModificationDetail.of(challenges.appeal(reference, s.party(), s.reason(), day(s), actor()));
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
