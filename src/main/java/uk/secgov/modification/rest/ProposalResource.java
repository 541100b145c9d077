package uk.secgov.modification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.secgov.modification.CaseContent;
import uk.secgov.modification.Classification;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ProposalIntake;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;
import uk.secgov.party.Directory;
import uk.secgov.party.PartyCategory;

/**
 * {@code POST /api/v1/modifications}: raising a case. SECAS and the Panel name the proposing Party; a Party's user
 * raises for their own Party. Every problem with the proposal is answered at once.
 */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    /** A new case. */
    public record NewProposal(String reference, String title, String issue, String solution,
            List<String> impactedCategories, List<String> documentsAffected, Long proposerPartyId,
            String proposerPerson, String onBehalfOf, String raisedOn, String classification, String alternativeOf) {
    }

    @Inject
    ProposalIntake intake;

    @Inject
    Directory directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({"secas", "panel", "supplier", "dcc"})
    public Response raise(NewProposal request) {
        return created(intake.raiseDraft(newCase(request), caller().actor()));
    }

    /** A Fast-Track Modification Proposal: only the Panel raises one (SECAS records it for the Panel). */
    @POST
    @Path("fast-track")
    @RolesAllowed({"secas", "panel"})
    public Response raiseFastTrack(NewProposal request) {
        return created(intake.raiseFastTrack(newCase(request), caller().actor()));
    }

    private Response created(Modification m) {
        return Response.created(uriInfo.getBaseUriBuilder().path("modifications").path(m.reference().toString()).build())
                .entity(ModificationDetail.of(m)).build();
    }

    private ProposalIntake.NewCase newCase(NewProposal request) {
        if (request == null) {
            throw new InvalidModificationRequest("body", "Send a JSON object with title, issue and the proposer.");
        }
        List<InvalidModificationRequest.Violation> problems = new ArrayList<>();
        Set<PartyCategory> impacted = EnumSet.noneOf(PartyCategory.class);
        for (String c : request.impactedCategories() == null ? List.<String>of() : request.impactedCategories()) {
            if (c == null || c.isBlank()) {
                problems.add(new InvalidModificationRequest.Violation("impactedCategories",
                        "impactedCategories has an empty item: name each party category, e.g. LARGE_SUPPLIER."));
                continue;
            }
            try {
                impacted.add(RequestValues.enumOf(PartyCategory.class, "impactedCategories", c));
            } catch (InvalidModificationRequest e) {
                problems.addAll(e.violations());
            }
        }
        CaseContent content = null;
        try {
            content = new CaseContent(request.title(), request.issue(), request.solution(), impacted,
                    request.documentsAffected());
        } catch (InvalidModificationRequest e) {
            problems.addAll(e.violations());
        }
        ApiCaller caller = caller();
        Proposer proposer = null;
        try {
            proposer = caller.staff() ? caller.proposer(request.proposerPartyId(), request.proposerPerson(),
                    request.onBehalfOf()) : caller.ownParty(request.proposerPerson(), request.onBehalfOf());
        } catch (InvalidModificationRequest e) {
            problems.addAll(e.violations());
        }
        LocalDate raisedOn = null;
        Classification classification = null;
        try {
            raisedOn = request.raisedOn() == null ? null : RequestValues.date("raisedOn", request.raisedOn());
            classification = RequestValues.enumOf(Classification.class, "classification", request.classification());
        } catch (InvalidModificationRequest e) {
            problems.addAll(e.violations());
        }
        if (!problems.isEmpty()) {
            throw new InvalidModificationRequest(problems);
        }
        return new ProposalIntake.NewCase(request.reference(), content, proposer, raisedOn, classification,
                request.alternativeOf());
    }

    private ApiCaller caller() {
        return new ApiCaller(security, directory);
    }
}
