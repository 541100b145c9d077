package uk.secgov.cpl.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.secgov.cpl.CpaCertificate;
import uk.secgov.cpl.CpaRenewal;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.EntryStatusChange;
import uk.secgov.cpl.PublishedCpl;
import uk.secgov.platform.time.UkFormat;
import uk.secgov.platform.web.PageAction;

/**
 * One public CPL entry with its whole Hash, status and CPA certificate histories; for the Panel and SECAS, the form
 * that removes it by Panel decision; for SECAS, the form that records a renewed CPA certificate.
 */
@Named
@RequestScoped
public class PublicCplEntryView {

    private static final PageAction REMOVAL_FORM = PageAction.withFields(Map.of("meetingDate",
            "removalForm:meetingDate", "reason", "removalForm:removalReason"));

    @Inject
    PublishedCpl cpl;

    @Inject
    CplMaintenance maintenance;

    private Long id;
    private CplEntry entry;
    private List<PublishedCpl.HistoryStep> history;
    private List<EntryStatusChange> statusHistory;
    private List<CpaRenewal> cpaRenewals;
    private LocalDate meetingDate;
    private String removalReason;
    private final CpaRenewalForm renewal = new CpaRenewalForm();

    public void load() throws IOException {
        entry = id == null ? null : cpl.entry(id).orElse(null);
        if (entry == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such CPL entry.");
            faces.responseComplete();
            return;
        }
        history = cpl.history(id);
        statusHistory = cpl.statusHistory(id);
        cpaRenewals = cpl.cpaRenewals(id);
    }

    /** SECAS records the entry's renewed CPA certificate and shows the entry again; a refusal is shown on the form. */
    public String renew() {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext external = faces.getExternalContext();
        if (!external.isUserInRole("secas")) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Only SECAS records a renewed CPA"
                    + " certificate.", null));
            faces.validationFailed();
            return null;
        }
        return PageAction.ON_PAGE.reportThenGo(() -> {
            CplMaintenance.RenewalRecorded recorded = maintenance.renew(id == null ? -1 : id,
                    external.getRemoteUser(), renewal.getCpaCertificate(),
                    CplMaintenance.date("cpaExpiry", renewal.getCpaExpiry()),
                    CplMaintenance.date("cpaRenewal", renewal.getCpaRenewal()), renewal.getNote(), null);
            return "Renewed CPA certificate recorded for CPL entry " + id
                    + (recorded.listedAgain().isPresent() ? "; it is listed again." : ".");
        }, "/cpl-entry?faces-redirect=true&id=" + id);
    }

    /** Records the Panel's removal decision and shows the entry again; a refusal is shown on the form. */
    public String remove() {
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return REMOVAL_FORM.runThenGo(() -> maintenance.remove(id == null ? -1 : id, external.getRemoteUser(),
                external.isUserInRole("panel") ? EntryStatusChange.ActorRole.PANEL : EntryStatusChange.ActorRole.SECAS,
                meetingDate, removalReason), "CPL entry " + id + " removed from the CPL by Panel decision.",
                "/cpl-entry?faces-redirect=true&id=" + id);
    }

    public String getStatusLabel() {
        if (entry == null) {
            return null;
        }
        String label = switch (entry.status()) {
            case HASH_ASSOCIATED -> "Hash associated";
            case CPA_EXPIRED -> "CPA expired";
            case REMOVED -> "Removed";
        };
        return entry.lastStatusChange().map(c -> label + " since " + UkFormat.DATE.format(
                c.effectiveDate()) + ": " + c.reason()).orElse(label);
    }

    public List<EntryStatusChange> getStatusHistory() {
        return statusHistory;
    }

    public List<CpaRenewal> getCpaRenewals() {
        return cpaRenewals;
    }

    /** "CPA-2024-0107, expires 30/06/2027" (or "N/A" without a reference or date). */
    public static String describe(CpaCertificate c) {
        String dates = CplMaintenance.describe(c);
        String reference = c.reference() == null ? "N/A" : c.reference();
        return dates.isEmpty() ? reference : reference + ", " + dates;
    }

    public String getCurrentCpa() {
        return entry == null ? null : describe(entry.cpa());
    }

    public String getListedCpa() {
        return entry == null ? null : describe(entry.model().listedCpa());
    }

    public String describeRenewal(CpaRenewal r) {
        return describe(r.certificate());
    }









    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }

    public CplEntry getEntry() {
        return entry;
    }

    public List<PublishedCpl.HistoryStep> getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CpaRenewalForm getRenewal() {
        return renewal;
    }
}
