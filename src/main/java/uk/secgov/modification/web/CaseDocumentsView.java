package uk.secgov.modification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import uk.secgov.modification.CaseDocuments;
import uk.secgov.modification.Classification;
import uk.secgov.modification.DocumentFile;
import uk.secgov.modification.DocumentSummary;
import uk.secgov.modification.DocumentUpload;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.UnknownDocument;
import uk.secgov.modification.UnknownModification;
import uk.secgov.platform.output.Attachments;
import uk.secgov.platform.web.PageAction;
import uk.secgov.signature.Uploads;

/**
 * A case's documents on its page: the ones this visitor may read (White only unless SECAS, Panel, Change Board or
 * Authority), each to download, and SECAS's upload of a document or a new version of one. Read afresh on every
 * request, so the list is never older than the page.
 */
@Named
@RequestScoped
public class CaseDocumentsView {

    private static final PageAction UPLOAD_FORM = PageAction.withFields(Map.of("title", "uploadForm:documentTitle",
            "classification", "uploadForm:documentClassification", "supersedes", "uploadForm:supersedes",
            "file", "uploadForm:documentFile"));

    @Inject
    CaseDocuments caseDocuments;

    @Inject
    WebViewer viewer;

    @Inject
    CaseView page;

    private List<DocumentSummary> documents;
    private Part documentFile;
    private String documentTitle;
    private Classification documentClassification;
    private Long supersedesId;

    public List<DocumentSummary> getDocuments() {
        if (documents == null) {
            documents = page.getModification() == null ? List.of() : caseDocuments.list(viewer.viewer(), page.reference());
        }
        return documents;
    }

    /** The latest version of each document, which a new version may supersede. */
    public List<DocumentSummary> getCurrentDocuments() {
        return getDocuments().stream().filter(DocumentSummary::isCurrent).toList();
    }

    public boolean isCanUploadDocuments() {
        return viewer.is("secas") && page.getModification() != null;
    }

    /** SECAS uploads a document (or a new version of one) with its classification. */
    public void uploadDocument() {
        UPLOAD_FORM.report(() -> {
            DocumentUpload upload = DocumentUpload.checked(documentTitle, documentClassification,
                    documentFile == null ? null : documentFile.getSubmittedFileName(),
                    documentFile == null ? null : documentFile.getContentType(), bytesOf(documentFile), Uploads.limit());
            var stored = caseDocuments.upload(page.reference(), upload, supersedesId, viewer.username());
            documentTitle = null;
            documentClassification = null;
            supersedesId = null;
            return "Document '" + stored.title() + "' version " + stored.versionNumber() + " stored ("
                    + stored.classification() + ", SHA-256 " + stored.sha256() + ").";
        });
        documents = null;
        page.load();
    }

    /** Reads at most one byte over the limit, so an oversized upload is refused without reading it all. */
    private static byte[] bytesOf(Part part) {
        if (part == null || part.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Uploads.limit() + 1));
        } catch (IOException e) {
            throw new InvalidModificationRequest("file", "The upload could not be read completely; try again.");
        }
    }

    /** Sends a document this visitor may read. */
    public void download(long documentId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        DocumentFile file;
        try {
            file = caseDocuments.download(viewer.viewer(), page.reference(), documentId);
        } catch (UnknownDocument | UnknownModification e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "There is no such document.", null));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(Attachments.contentType(file.fileName()));
        external.setResponseContentLength(file.content().length);
        external.setResponseHeader("Content-Disposition", Attachments.contentDisposition(file.fileName()));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("X-Content-SHA256", file.sha256());
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file.content());
        }
        faces.responseComplete();
    }

    public List<Classification> getClassifications() {
        return List.of(Classification.values());
    }

    public Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(Part documentFile) {
        this.documentFile = documentFile;
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public Classification getDocumentClassification() {
        return documentClassification;
    }

    public void setDocumentClassification(Classification documentClassification) {
        this.documentClassification = documentClassification;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public void setSupersedesId(Long supersedesId) {
        this.supersedesId = supersedesId;
    }
}
