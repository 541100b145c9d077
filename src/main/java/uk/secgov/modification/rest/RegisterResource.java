package uk.secgov.modification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import uk.secgov.modification.CaseDocuments;
import uk.secgov.modification.DocumentFile;
import uk.secgov.modification.DocumentSummary;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.ModificationRegister;
import uk.secgov.modification.RegisterQuery;
import uk.secgov.modification.Stage;
import uk.secgov.modification.Viewer;
import uk.secgov.modification.rest.ModificationViews.ModificationDetail;
import uk.secgov.modification.rest.ModificationViews.ModificationSummary;
import uk.secgov.party.Directory;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.output.Attachments;
import uk.secgov.platform.rest.Page;

/**
 * {@code GET /api/v1/modifications}: the register, public to read (White cases past SECAS's pre-check; a Party also
 * sees its own drafts), a case with its timeline and key dates, its documents, and the register's iCalendar and Atom
 * feeds. The steps recorded on a case are the other resources of this package, one per capability.
 */
@Path("/modifications")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    private static final int FEED_SIZE = 200;

    @Inject
    ModificationRegister register;

    @Inject
    CaseDocuments caseDocuments;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    public Page<ModificationSummary> list(@QueryParam("stage") String stage, @QueryParam("path") String path,
            @QueryParam("category") String category, @QueryParam("release") Long release,
            @QueryParam("text") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        RegisterQuery query = new RegisterQuery(RequestValues.enumOf(Stage.class, "stage", stage),
                RequestValues.enumOf(ModificationPath.class, "path", path),
                RequestValues.enumOf(PartyCategory.class, "category", category), release, text, false, null);
        Viewer viewer = viewer();
        return Page.of(first, size, () -> register.count(viewer, query), (from, pageSize) ->
                register.page(viewer, query, from, pageSize).stream().map(ModificationSummary::of).toList());
    }

    @GET
    @Path("{reference}")
    @PermitAll
    public ModificationDetail one(@PathParam("reference") String reference) {
        return ModificationDetail.of(register.one(viewer(), reference));
    }

    /** The case's documents the caller may read: White ones for everyone; all for SECAS, Panel, Change Board, Authority. */
    @GET
    @Path("{reference}/documents")
    public List<DocumentSummary> documents(@PathParam("reference") String reference) {
        return caseDocuments.list(viewer(), reference);
    }

    /** One document's bytes, with its SHA-256 in {@code X-Content-SHA256}; one the caller may not read is a 404. */
    @GET
    @Path("{reference}/documents/{id}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("reference") String reference, @PathParam("id") long id) {
        DocumentFile file = caseDocuments.download(viewer(), reference, id);
        return Response.ok(file.content(), Attachments.contentType(file.fileName()))
                .header("Content-Disposition", Attachments.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", file.sha256()).build();
    }

    /** Upcoming key dates of the public register as an iCalendar feed (subscribe to it in a calendar). */
    @GET
    @Path("key-dates.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response keyDates() {
        Instant now = clock.instant();
        return Response.ok(RegisterFeeds.calendar(register.upcomingKeyDates(now, FEED_SIZE), caseUrl(), now))
                .type("text/calendar; charset=UTF-8").build();
    }

    /** The latest updates of the public register as an Atom feed. */
    @GET
    @Path("updates.atom")
    @PermitAll
    @Produces("application/atom+xml")
    public Response updates() {
        return Response.ok(RegisterFeeds.atom(register.latestUpdates(FEED_SIZE),
                uriInfo.getAbsolutePath().toString(), caseUrl(), clock.instant()))
                .type("application/atom+xml; charset=UTF-8").build();
    }

    private String caseUrl() {
        return uriInfo.getBaseUri().resolve("../../modifications/case.xhtml?ref=").toString();
    }

    private Viewer viewer() {
        return new ApiCaller(security, directory).viewer();
    }
}
