package uk.secgov.modification.rest;

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
import uk.secgov.modification.Implementation;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;

/** The SEC Release a case goes into: SECAS schedules an approved case, or sets any open case's target release. */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImplementationResource {

    public record ReleaseRequest(Long releaseId, String reason) {
        static final ReleaseRequest NONE = new ReleaseRequest(null, null);
    }

    @Inject
    Implementation implementation;

    @Context
    SecurityContext security;

    @POST
    @Path("{reference}/release")
    @RolesAllowed("secas")
    public ModificationDetail chooseRelease(@PathParam("reference") String reference, ReleaseRequest request) {
        ReleaseRequest s = request == null ? ReleaseRequest.NONE : request;
        if (s.releaseId() == null) {
            throw new InvalidModificationRequest("releaseId", "Give the id of the SEC Release.");
        }
        return ModificationDetail.of(implementation.chooseTarget(reference, s.releaseId(), s.reason(),
                security.getUserPrincipal().getName()));
    }
}
