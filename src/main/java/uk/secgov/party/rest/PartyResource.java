package uk.secgov.party.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import uk.secgov.party.Directory;
import uk.secgov.party.InvalidPartyData;
import uk.secgov.party.Party;
import uk.secgov.party.PartyAdministration;
import uk.secgov.party.PartyAdministration.PartyRegistration;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.UnknownParty;
import uk.secgov.platform.rest.Page;

/** {@code /api/v1/parties}: the register of parties, for administrators. */
@Path("/parties")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    /** The body of {@code POST /parties}. */
    public record PartyRequest(String name, String category, String ikiSubjectOrganisation, String manufacturerId) {
    }

    /** A party as the API shows it. */
    public record PartySummary(long id, String name, String category, String categoryLabel,
            String ikiSubjectOrganisation, String manufacturerId, boolean enabled, Instant createdAt,
            String createdBy, Instant disabledAt) {

        static PartySummary of(Party party) {
            return new PartySummary(party.id(), party.name(), party.category().name(), party.category().label(),
                    party.ikiSubjectOrganisation().orElse(null),
                    party.manufacturerId().map(Object::toString).orElse(null), party.isEnabled(),
                    party.createdAt(), party.createdBy(), party.disabledAt().orElse(null));
        }
    }

    @Inject
    PartyAdministration administration;

    @Inject
    Directory directory;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(PartyRequest request) {
        if (request == null) {
            throw new InvalidPartyData("body", "is required: a JSON object with name, category, "
                    + "ikiSubjectOrganisation and (for manufacturers) manufacturerId");
        }
        Party party = administration.register(new PartyRegistration(request.name(), categoryOf(request.category()),
                request.ikiSubjectOrganisation(), request.manufacturerId()), security.getUserPrincipal().getName());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(party.id())).build())
                .entity(PartySummary.of(party)).build();
    }

    @GET
    public Page<PartySummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(first, size, directory::partyCount,
                (from, pageSize) -> directory.parties(from, pageSize).stream().map(PartySummary::of).toList());
    }

    @GET
    @Path("{id}")
    public PartySummary one(@PathParam("id") long id) {
        return directory.party(id).map(PartySummary::of).orElseThrow(() -> new UnknownParty("party", id));
    }

    @POST
    @Path("{id}/disable")
    public PartySummary disable(@PathParam("id") long id) {
        return PartySummary.of(administration.disable(id, security.getUserPrincipal().getName()));
    }

    static PartyCategory categoryOf(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return PartyCategory.valueOf(category.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidPartyData("category", "must be one of " + List.of(PartyCategory.values()));
        }
    }
}
