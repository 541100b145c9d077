package uk.secgov.signature.rest;

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
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.secgov.platform.rest.Page;
import uk.secgov.signature.Uploads;
import uk.secgov.signature.CrlFetch;
import uk.secgov.signature.CrlFetching;
import uk.secgov.signature.CrlWarnings;
import uk.secgov.signature.IkiTrustAnchor;
import uk.secgov.signature.RevokedIssuingCas;
import uk.secgov.signature.TrustAnchorRegistry;

/** {@code /api/v1/trust-anchors}: the IKI CA certificates trusted for CPL signatures (administrators). */
@Path("/trust-anchors")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class TrustAnchorResource {

    /**
     * A registered IKI CA certificate as the API shows it: {@code issuedByTrustAnchorId} is the registered CA
     * that issued it (null for a root), and {@code revocation} is set when that CA's CRL revokes it.
     */
    public record TrustAnchorSummary(long id, String subject, String issuer, String serialNumber,
            String sha256Fingerprint, Instant notBefore, Instant notAfter, String crlUrl, boolean active,
            Instant addedAt, String addedBy, Instant retiredAt, String retiredBy, String retiredReason,
            Long issuedByTrustAnchorId, RevocationSummary revocation) {

        static TrustAnchorSummary of(IkiTrustAnchor a, Map<Long, TrustAnchorRegistry.Standing> standings) {
            TrustAnchorRegistry.Standing standing = standings.get(a.id());
            return new TrustAnchorSummary(a.id(), a.subject(), a.issuer(), a.serialNumber(), a.fingerprint(),
                    a.notBefore(), a.notAfter(), a.crlUrl().orElse(null), a.isActive(), a.addedAt(), a.addedBy(),
                    a.retiredAt().orElse(null), a.retiredBy().orElse(null), a.retiredReason().orElse(null),
                    standing == null ? null : standing.issuedBy(),
                    standing == null || !standing.isRevoked() ? null : RevocationSummary.of(standing.revocation()));
        }
    }

    /** An issuing CA's revocation by its root: when, why, the warning and the open submissions signed under it. */
    public record RevocationSummary(Instant revokedAt, String reason, String revokedBy, String warning,
            List<String> affectedOpenSubmissions) {

        static RevocationSummary of(RevokedIssuingCas.Revocation r) {
            return new RevocationSummary(r.revokedAt(), r.reason(), r.root().subject(), r.text(), r.openSubmissions());
        }
    }

    /** One fetch attempt as the API shows it. */
    public record FetchSummary(Instant attemptedAt, String outcome, String detail) {

        static FetchSummary of(CrlFetch fetch) {
            return new FetchSummary(fetch.attemptedAt(), fetch.outcome().name(), fetch.detail());
        }
    }

    /** The body of a retirement. */
    public record Retirement(String reason) {
    }

    @Inject
    TrustAnchorRegistry registry;

    @Inject
    CrlFetching fetching;

    @Inject
    CrlWarnings warnings;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /** The body is the certificate, PEM ({@code -----BEGIN CERTIFICATE-----}) or DER. */
    @POST
    @Consumes({"application/x-pem-file", MediaType.TEXT_PLAIN, "application/pkix-cert", MediaType.APPLICATION_OCTET_STREAM})
    public Response add(InputStream body, @QueryParam("crlUrl") String crlUrl) {
        IkiTrustAnchor anchor = registry.register(Uploads.read("certificate", body), crlUrl,
                security.getUserPrincipal().getName());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(anchor.id())).build())
                .entity(TrustAnchorSummary.of(anchor, registry.standings())).build();
    }

    @GET
    public Page<TrustAnchorSummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Map<Long, TrustAnchorRegistry.Standing> standings = registry.standings();
        return Page.of(first, size, registry::count, (from, pageSize) -> registry.page(from, pageSize).stream()
                .map(a -> TrustAnchorSummary.of(a, standings)).toList());
    }

    /** Fetches the anchor's CRL from its address now (the schedule does it every hour). */
    @POST
    @Path("{id}/fetch-crl")
    public FetchSummary fetchCrl(@PathParam("id") long id) {
        return FetchSummary.of(fetching.fetchNow(id));
    }

    /**
     * What needs attention: issuing CAs revoked by their root (with the open submissions signed under them),
     * issuing CAs without a registered root, anchors without a current CRL, CRLs going stale, failed fetches.
     */
    @GET
    @Path("warnings")
    public List<CrlWarnings.Warning> warnings() {
        return warnings.current();
    }

    @POST
    @Path("{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrustAnchorSummary retire(@PathParam("id") long id, Retirement retirement) {
        IkiTrustAnchor retired = registry.retire(id, retirement == null ? null : retirement.reason(),
                security.getUserPrincipal().getName());
        return TrustAnchorSummary.of(retired, registry.standings());
    }
}
