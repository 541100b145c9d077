package uk.secgov.signature.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import uk.secgov.platform.rest.Page;
import uk.secgov.signature.Uploads;
import uk.secgov.signature.CrlRegistry;
import uk.secgov.signature.IkiCrl;

/** {@code /api/v1/crls}: the CRLs of the IKI trust anchors (administrators). */
@Path("/crls")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class CrlResource {

    /** A CRL as the API shows it; {@code staleAt} is its nextUpdate: after that it no longer counts. */
    public record CrlSummary(long id, long trustAnchorId, String issuer, Instant thisUpdate, Instant nextUpdate,
            Instant staleAt, String crlNumber, int revokedCount, String sha256Fingerprint, String source,
            Instant receivedAt, String receivedBy) {

        static CrlSummary of(IkiCrl c) {
            return new CrlSummary(c.id(), c.issuer().id(), c.issuer().subject(), c.thisUpdate(),
                    c.nextUpdate().orElse(null), c.nextUpdate().orElse(null), c.crlNumber().orElse(null),
                    c.revokedCount(), c.fingerprint(), c.source().name(), c.receivedAt(), c.receivedBy());
        }
    }

    @Inject
    CrlRegistry registry;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /** The body is the CRL, DER or PEM ({@code -----BEGIN X509 CRL-----}). */
    @POST
    @Consumes({"application/pkix-crl", MediaType.APPLICATION_OCTET_STREAM, "application/x-pem-file", MediaType.TEXT_PLAIN})
    public Response add(InputStream body) {
        IkiCrl crl = registry.receive(Uploads.read("crl", body), IkiCrl.Source.UPLOAD,
                security.getUserPrincipal().getName());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(crl.id())).build())
                .entity(CrlSummary.of(crl)).build();
    }

    @GET
    public Page<CrlSummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        return Page.of(first, size, registry::count,
                (from, pageSize) -> registry.page(from, pageSize).stream().map(CrlSummary::of).toList());
    }
}
