package uk.secgov.cplsubmission.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.secgov.cplsubmission.CplSubmission;
import uk.secgov.cplsubmission.RowDecision;
import uk.secgov.cplsubmission.SubmissionIntake;
import uk.secgov.cplsubmission.SubmissionQueries;
import uk.secgov.cplsubmission.SubmissionViewer;
import uk.secgov.cplsubmission.SubmissionViewers;
import uk.secgov.cplsubmission.SubmissionWithdrawal;
import uk.secgov.platform.rest.Page;
import uk.secgov.signature.VerificationReport;

/**
 * {@code /api/v1/cpl/submissions}: a Supplier or the DCC submits a signed form (202 at once, the work
 * goes on in the process); submitter, named manufacturer, SECAS and the Panel follow it. A
 * submission the caller may not see answers 404, as if it did not exist.
 */
@Path("/cpl/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    /** The answer to a submission: where to follow it. */
    public record Accepted(long id, String reference, String status) {
    }

    /** A line of the list. */
    public record SubmissionSummary(long id, String reference, String submittingParty, String submittedBy,
            Instant receivedAt, String status, Instant lastChanged) {
    }

    /** One dated step of the timeline. */
    public record SubmissionTimelineEntry(Instant at, String status, String actor, String note) {
    }

    /** What happened to a row, in order. */
    public record RowStep(Instant at, String stage, String outcome, String actor, String reason) {

        static RowStep of(RowDecision d) {
            return new RowStep(d.at(), d.stage().name(), d.outcome().name(), d.actor(), d.reason());
        }
    }

    /** A Device Model row and its outcome. */
    public record RowSummary(int row, String deviceType, String manufacturerId, String manufacturerName,
            String modelId, String modelName, String hardwareVersion, String firmwareVersion,
            String specificationVersion, String gbcsVersion, String cpaCertificate, LocalDate cpaExpiry,
            LocalDate cpaRenewal, String imageHash, List<Long> upgradeFrom, String outcome, List<RowStep> history) {
    }

    /** One signature of the report. */
    public record ReportSignature(String role, String signerSubject, String party, String serialNumber, String issuer,
            Instant signingTime, String algorithm, boolean countersignature, String indication, String subIndication,
            List<String> reasons) {
    }

    /** A rule check of the report. */
    public record ReportRule(String rule, String outcome, String explanation) {
    }

    /** A stored verification report. */
    public record Report(long id, Instant verifiedAt, String indication, String subIndication, String summary,
            String formSha256, String signatureSha256, List<ReportSignature> signatures, List<ReportRule> rules) {

        static Report of(VerificationReport r) {
            return new Report(r.id(), r.verifiedAt(), r.indication().name(),
                    r.subIndication() == null ? null : r.subIndication().name(), r.summary(), r.formSha256(),
                    r.signatureSha256(), r.signatures().stream().map(s -> new ReportSignature(s.role().name(),
                            s.signerSubject(), s.party(), s.serialNumber(), s.issuer(), s.signingTime(), s.algorithm(),
                            s.countersignature(), s.indication().name(),
                            s.subIndication() == null ? null : s.subIndication().name(), s.reasons())).toList(),
                    r.rules().stream().map(x -> new ReportRule(x.rule(), x.outcome().name(), x.explanation())).toList());
        }
    }

    /** Everything about a submission. {@code verification} is the newest report (earlier ones in {@code reports}). */
    public record SubmissionDetail(long id, String reference, String submittingParty, String submittedBy,
            Instant receivedAt, String formName, String formSha256, String signatureName, String signatureSha256,
            String status, Report verification, List<Report> reports, List<RowSummary> rows,
            List<SubmissionTimelineEntry> timeline) {
    }

    /** A withdrawal's reason. */
    public record Withdrawal(String reason) {
    }

    @Inject
    SubmissionIntake intake;

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionWithdrawal withdrawals;

    @Inject
    SubmissionViewers viewers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    private SubmissionViewer viewer() {
        return viewers.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"supplier", "dcc"})
    public Response submit(@FormParam("form") EntityPart form, @FormParam("signature") EntityPart signature) {
        SignedFormParts parts = SignedFormParts.read(form, signature);
        SubmissionViewer submitter = viewer();
        CplSubmission submission = intake.receive(submitter.submittingPartyId(), submitter.username(), parts.form(),
                parts.signature());
        return Response.accepted(new Accepted(submission.id(), submission.reference(), "RECEIVED"))
                .location(uriInfo.getAbsolutePathBuilder().path(submission.reference()).build()).build();
    }

    @GET
    @RolesAllowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public Page<SubmissionSummary> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        SubmissionViewer viewer = viewer();
        return Page.of(first, size, () -> queries.count(viewer), (from, pageSize) -> queries.page(viewer, from, pageSize)
                .stream().map(l -> new SubmissionSummary(l.submission().id(), l.submission().reference(),
                        l.submittingParty(), l.submission().submittedBy(), l.submission().receivedAt(),
                        l.status().name(), l.lastChanged())).toList());
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({"supplier", "dcc", "manufacturer", "secas", "panel"})
    public SubmissionDetail one(@PathParam("reference") String reference) {
        SubmissionQueries.SubmissionView v = queries.view(viewer(), reference);
        CplSubmission s = v.submission();
        List<Report> reports = v.reports().stream().map(Report::of).toList();
        return new SubmissionDetail(s.id(), s.reference(), v.submittingParty(), s.submittedBy(), s.receivedAt(),
                s.formName(), s.formSha256(), s.signatureName(), s.signatureSha256(), v.status().name(),
                reports.isEmpty() ? null : reports.get(0), reports,
                v.rows().stream().map(r -> new RowSummary(r.row().rowNumber(), r.row().deviceType().name(),
                        r.row().manufacturerId().value(), r.row().manufacturerName(), r.row().modelId(), r.row().modelName(),
                        r.row().hardwareVersion(), r.row().firmwareVersion(), r.row().specificationVersion(),
                        r.row().gbcsVersion(), r.row().cpaCertificate(), r.row().cpaExpiry(), r.row().cpaRenewal(),
                        r.row().imageHash().value(), r.row().upgradeFrom(), r.outcome().name(),
                        r.history().stream().map(RowStep::of).toList())).toList(),
                v.timeline().stream().map(e -> new SubmissionTimelineEntry(e.at(), e.status().name(), e.actor(),
                        e.note().orElse(null))).toList());
    }

    @POST
    @Path("{reference}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supplier", "dcc"})
    public Map<String, String> withdraw(@PathParam("reference") String reference, Withdrawal withdrawal) {
        withdrawals.withdraw(viewer(), reference, withdrawal == null ? null : withdrawal.reason());
        return Map.of("reference", reference, "status", "WITHDRAWN");
    }
}
