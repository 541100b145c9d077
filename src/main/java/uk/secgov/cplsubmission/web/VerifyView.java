package uk.secgov.cplsubmission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Map;
import uk.secgov.cplsubmission.SignedFormCheck;
import uk.secgov.cplsubmission.SubmissionViewers;
import uk.secgov.platform.web.PageAction;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.Uploads;

/**
 * "Check before submitting": a supplier, the DCC or a manufacturer uploads a signed form and its
 * signature and sees the verdict a submission would get. Nothing is stored.
 */
@Named
@RequestScoped
public class VerifyView {

    private static final PageAction VERIFY_FORM = PageAction.withFields(Map.of("form", "verifyForm:form",
            "signature", "verifyForm:signature"));

    @Inject
    SignedFormCheck check;

    @Inject
    SubmissionViewers viewers;

    @Inject
    HttpServletRequest request;

    private Part formFile;
    private Part signatureFile;
    private SignedFormCheck.Result result;

    public void verify() {
        VERIFY_FORM.run(() -> result = check.check(bytesOf(formFile, "form",
                "Choose the submission form (XLSX or CSV)."), bytesOf(signatureFile, "signature",
                "Choose the signature file (.p7s, DER or PEM)."), endorser()));
    }

    /** Checked as the endorser when the caller submits (a supplier or the DCC); a manufacturer is not. */
    public boolean isCheckedAsEndorser() {
        return request.isUserInRole("supplier") || request.isUserInRole("dcc");
    }

    /** A supplier or the DCC endorses what it submits (its party); a manufacturer does not (null). */
    private Long endorser() {
        return viewers.of(request.getUserPrincipal().getName(), request::isUserInRole).submittingPartyId();
    }

    private static byte[] bytesOf(Part part, String field, String missing) {
        if (part == null || part.getSize() == 0) {
            throw new InvalidSignatureMaterial(field, missing);
        }
        try {
            return Uploads.read(field, part.getInputStream());
        } catch (IOException e) {
            throw new InvalidSignatureMaterial(field, "The upload could not be read completely.");
        }
    }

    public SignedFormCheck.Result getResult() {
        return result;
    }

    public Part getFormFile() {
        return formFile;
    }

    public void setFormFile(Part formFile) {
        this.formFile = formFile;
    }

    public Part getSignatureFile() {
        return signatureFile;
    }

    public void setSignatureFile(Part signatureFile) {
        this.signatureFile = signatureFile;
    }
}
