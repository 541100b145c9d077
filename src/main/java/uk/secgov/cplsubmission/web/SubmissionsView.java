package uk.secgov.cplsubmission.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import uk.secgov.cpl.NamedFile;
import uk.secgov.cplsubmission.SubmissionIntake;
import uk.secgov.cplsubmission.SubmissionQueries;
import uk.secgov.cplsubmission.SubmissionViewer;
import uk.secgov.cplsubmission.SubmissionViewers;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.Uploads;

/** The caller's visible CPL submissions, and (Suppliers and the DCC) submitting a new one. */
@Named
@ViewScoped
public class SubmissionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction SUBMIT_FORM = PageAction.withFields(Map.of("form", "submitForm:form",
            "signature", "submitForm:signature"));

    @Inject
    transient SubmissionQueries queries;

    @Inject
    transient SubmissionViewers viewers;

    @Inject
    transient SubmissionIntake intake;

    @Inject
    transient HttpServletRequest request;

    private transient Part formFile;
    private transient Part signatureFile;

    private final LazyDataModel<SubmissionQueries.SubmissionLine> lines = new DatabasePaged<>(
            () -> queries.count(viewer()), (first, size) -> queries.page(viewer(), first, size),
            l -> l.submission().reference(), key -> null);

    private SubmissionViewer viewer() {
        return viewers.of(request.getUserPrincipal().getName(), request::isUserInRole);
    }

    public boolean isCanSubmit() {
        return request.isUserInRole("supplier") || request.isUserInRole("dcc");
    }

    public String submit() {
        return SUBMIT_FORM.attempt(() -> {
            SubmissionViewer submitter = viewer();
            if (submitter.submittingPartyId() == null) {
                throw new InvalidSignatureMaterial("form", "Only a Supplier or the DCC submits CPL requests.");
            }
            return intake.receive(submitter.submittingPartyId(), submitter.username(),
                    file(formFile, "form", "Choose the signed submission form (XLSX or CSV)."),
                    file(signatureFile, "signature", "Choose its signature file (.p7s, DER or PEM)."));
        }).map(s -> PageAction.doneThenGo("Submission " + s.reference() + " received. Its form and signatures are"
                + " being checked; this page shows each step.", "/cpl/submission?faces-redirect=true&reference="
                + s.reference())).orElse(null);
    }

    private static NamedFile file(Part part, String field, String missing) {
        if (part == null || part.getSize() == 0) {
            throw new InvalidSignatureMaterial(field, missing);
        }
        try {
            return new NamedFile(part.getSubmittedFileName(), Uploads.read(field, part.getInputStream()));
        } catch (IOException e) {
            throw new InvalidSignatureMaterial(field, "The upload could not be read completely.");
        }
    }

    public LazyDataModel<SubmissionQueries.SubmissionLine> getLines() {
        return lines;
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
