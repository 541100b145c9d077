package uk.secgov.signature.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.signature.CrlFetching;
import uk.secgov.signature.CrlRegistry;
import uk.secgov.signature.CrlWarnings;
import uk.secgov.signature.IkiCrl;
import uk.secgov.signature.IkiTrustAnchor;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.TrustAnchorRegistry;
import uk.secgov.signature.Uploads;

/** Administrator screen: the IKI trust anchors and their CRLs, adding both, retiring an anchor. */
@Named
@ViewScoped
public class TrustAnchorsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrustAnchorRegistry anchors;

    @Inject
    transient CrlRegistry crls;

    @Inject
    transient SecurityContext security;

    @Inject
    transient CrlFetching fetching;

    @Inject
    transient CrlWarnings crlWarnings;

    private final LazyDataModel<IkiTrustAnchor> anchorRows = new DatabasePaged<>(() -> anchors.count(),
            (first, size) -> anchors.page(first, size), a -> String.valueOf(a.id()), key -> null);

    private final LazyDataModel<IkiCrl> crlRows = new DatabasePaged<>(() -> crls.count(),
            (first, size) -> crls.page(first, size), c -> String.valueOf(c.id()), key -> null);

    private transient Part certificateFile;
    private String crlUrl;
    private transient Part crlFile;
    private String retireReason;
    private transient List<CrlWarnings.Warning> warnings;

    public void addAnchor() {
        attempt(() -> {
            IkiTrustAnchor anchor = anchors.register(bytesOf(certificateFile, "certificate"), crlUrl, actor());
            crlUrl = null;
            return "Trust anchor " + anchor.subject() + " added.";
        });
    }

    public void addCrl() {
        attempt(() -> {
            IkiCrl crl = crls.receive(bytesOf(crlFile, "crl"), IkiCrl.Source.UPLOAD, actor());
            return "CRL of " + crl.issuer().subject() + " loaded: " + crl.revokedCount() + " revoked certificates.";
        });
    }

    public void fetchCrl(long anchorId) {
        attempt(() -> fetching.fetchNow(anchorId).detail());
    }

    /** Read once per view and again after each action (the page asks for them several times a render). */
    public List<CrlWarnings.Warning> getWarnings() {
        if (warnings == null) {
            warnings = crlWarnings.current();
        }
        return warnings;
    }

    public void retire(long anchorId) {
        attempt(() -> {
            IkiTrustAnchor anchor = anchors.retire(anchorId, retireReason, actor());
            retireReason = null;
            return "Trust anchor " + anchor.subject() + " retired: it is no longer trusted for new verifications.";
        });
    }

    private interface Action {
        String run();
    }

    private void attempt(Action action) {
        warnings = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.run(), null));
        } catch (InvalidSignatureMaterial refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
        }
    }

    private static byte[] bytesOf(Part part, String field) {
        if (part == null || part.getSize() == 0) {
            throw new InvalidSignatureMaterial(field, "Choose a file to upload.");
        }
        try {
            return Uploads.read(field, part.getInputStream());
        } catch (IOException e) {
            throw new InvalidSignatureMaterial(field, "The upload could not be read completely.");
        }
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    public LazyDataModel<IkiTrustAnchor> getAnchors() {
        return anchorRows;
    }

    public LazyDataModel<IkiCrl> getCrls() {
        return crlRows;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }

    public String getCrlUrl() {
        return crlUrl;
    }

    public void setCrlUrl(String crlUrl) {
        this.crlUrl = crlUrl;
    }

    public Part getCrlFile() {
        return crlFile;
    }

    public void setCrlFile(Part crlFile) {
        this.crlFile = crlFile;
    }

    public String getRetireReason() {
        return retireReason;
    }

    public void setRetireReason(String retireReason) {
        this.retireReason = retireReason;
    }
}
