package uk.secgov.cplsubmission.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import uk.secgov.cpl.SubmissionForm;
import uk.secgov.cplsubmission.SignedFormCheck;
import uk.secgov.cplsubmission.SubmissionViewers;
import uk.secgov.signature.Indication;
import uk.secgov.signature.SubIndication;
import uk.secgov.signature.SubmissionSignatureCheck;

/**
 * {@code POST /api/v1/signature/verify}: a supplier, the DCC or a manufacturer checks a signed
 * submission form (the same multipart parts as a submission: {@code form}, {@code signature})
 * without submitting it. Nothing is stored. A supplier or the DCC is checked as the endorser; a
 * manufacturer's check leaves a missing endorsement "not yet checked".
 */
@Path("/signature/verify")
@RequestScoped
@RolesAllowed({"supplier", "dcc", "manufacturer"})
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    /** The form as read. */
    public record FormSummary(String format, int rows, String imageCreatorManufacturerId, String imageCreatorName,
            boolean dccMustEndorse) {

        static FormSummary of(SubmissionForm form) {
            return new FormSummary(form.format().name(), form.rows().size(), form.imageCreatorManufacturerId(),
                    form.imageCreatorName(), form.dccMustEndorse());
        }
    }

    /** One signature. */
    public record SignatureSummary(String role, String signerSubject, String party, String serialNumber,
            String issuer, Instant signingTime, String algorithm, boolean countersignature, Indication indication,
            SubIndication subIndication, List<String> reasons) {

        static SignatureSummary of(SubmissionSignatureCheck.SignatureVerdict v) {
            return new SignatureSummary(v.role().name(), v.signerSubject(), v.party(), v.serialNumber(), v.issuer(),
                    v.signingTime(), v.algorithm(), v.countersignature(), v.indication(), v.subIndication(),
                    v.reasons());
        }
    }

    /** One rule check: {@code outcome} is PASSED, FAILED or NOT_CHECKED. */
    public record RuleSummary(String rule, String outcome, String explanation) {
    }

    /** The whole answer. {@code stored} is always false: nothing is kept. */
    public record VerifyResult(FormSummary form, Indication indication, SubIndication subIndication, String summary,
            List<SignatureSummary> signatures, List<RuleSummary> rules, boolean stored) {
    }

    @Inject
    SignedFormCheck check;

    @Inject
    SubmissionViewers viewers;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public VerifyResult verify(@FormParam("form") EntityPart form, @FormParam("signature") EntityPart signature) {
        SignedFormParts parts = SignedFormParts.read(form, signature);
        SignedFormCheck.Result result = check.check(parts.form().bytes(), parts.signature().bytes(),
                viewers.of(security.getUserPrincipal().getName(), security::isUserInRole).submittingPartyId());
        SubmissionSignatureCheck.Verdict v = result.verdict();
        return new VerifyResult(FormSummary.of(result.form()), v.indication(), v.subIndication(), v.summary(),
                v.signatures().stream().map(SignatureSummary::of).toList(),
                v.rules().stream().map(r -> new RuleSummary(r.rule(), r.outcome().name(), r.explanation())).toList(),
                false);
    }
}
