package uk.secgov.signature.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;
import uk.secgov.platform.web.UkDates;
import uk.secgov.signature.CrlFetching;
import uk.secgov.signature.CrlRegistry;
import uk.secgov.signature.CrlWarnings;
import uk.secgov.signature.IkiCrl;
import uk.secgov.signature.IkiTrustAnchor;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.RevokedIssuingCas;
import uk.secgov.signature.TrustAnchorRegistry;
import uk.secgov.signature.Uploads;

/**
 * Administrator screen: the IKI CA certificates (roots and the issuing CAs under them) and their CRLs,
 * adding both, retiring one; an issuing CA its root revoked is shown as such.
 */
@Named
@ViewScoped
public class TrustAnchorsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction FORMS = PageAction.withFields(Map.of("certificate", "addAnchorForm:certificate",
            "crlUrl", "addAnchorForm:crlUrl", "crl", "addCrlForm:crl", "reason", "anchorsForm:retireReason"));

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

    @Inject
    transient UkDates ukDates;

    private final LazyDataModel<IkiTrustAnchor> anchorRows = new DatabasePaged<>(() -> anchors.count(),
            (first, size) -> anchors.page(first, size), a -> String.valueOf(a.id()), key -> null);

    private final LazyDataModel<IkiCrl> crlRows = new DatabasePaged<>(() -> crls.count(),
            (first, size) -> crls.page(first, size), c -> String.valueOf(c.id()), key -> null);

    private transient Part certificateFile;
    private String crlUrl;
    private transient Part crlFile;
    private String retireReason;
    private transient List<CrlWarnings.Warning> warnings;
    private transient Map<Long, TrustAnchorRegistry.Standing> standings;

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

    /**
     * Where an active anchor stands, in words: a root, an issuing CA under its root, or revoked by its root.
     * Empty for a retired anchor (its status says so).
     */
    public String standingOf(IkiTrustAnchor anchor) {
        if (standings == null) {
            standings = anchors.standings();
        }
        TrustAnchorRegistry.Standing standing = standings.get(anchor.id());
        if (standing == null) {
            return "";
        }
        if (standing.isRevoked()) {
            RevokedIssuingCas.Revocation revoked = standing.revocation();
            return "Issuing CA, revoked by its root on " + ukDates.date(revoked.revokedAt())
                    + (revoked.reason() == null ? "" : " (" + revoked.reason() + ")") + ": nothing under it is trusted";
        }
        if (standing.isRoot()) {
            return anchor.subject().equals(anchor.issuer()) ? "Root CA"
                    : "Issuing CA whose root is not registered: its revocation cannot be checked";
        }
        return "Issuing CA under " + anchor.issuer();
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

    /** The warnings and standings are read again after any action, done or refused. */
    private void attempt(Supplier<String> action) {
        warnings = null;
        standings = null;
        FORMS.report(action);
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
