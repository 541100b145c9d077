package uk.secgov.cpl.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import uk.secgov.cpl.CplImport;
import uk.secgov.cpl.CplImporter;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.cpl.NamedFile;
import uk.secgov.platform.web.ResponsePolicy;

/** SECAS starts the register from the CPL published before this system (the export's CSV columns). */
@Path("/cpl/imports")
@RequestScoped
public class CplImportResource {

    /** The most an import file may be: the CPL export of 200,000 entries fits. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** What was imported. */
    public record Imported(long id, String source, String fileName, String fileSha256, int entries, Instant at,
            String actor) {
    }

    @Inject
    CplImporter importer;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed("secas")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(@QueryParam("source") String source,
            @HeaderParam("X-File-Name") String fileName, InputStream body) {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException unreadable) {
            if (ResponsePolicy.isTooLarge(unreadable)) {
                throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
            throw new InvalidCplRequest("file", "The upload could not be read completely.");
        }
        if (bytes.length == 0) {
            throw new InvalidCplRequest("file", "The body is empty: send the CPL as CSV (the export's columns).");
        }
        if (bytes.length > MAX_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        CplImport done = importer.importCsv(new NamedFile(fileName == null ? "cpl.csv" : fileName, bytes), source,
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(new Imported(done.id(), done.source(),
                done.fileName(), done.fileSha256(), done.entries(), done.at(), done.actor())).build();
    }
}
