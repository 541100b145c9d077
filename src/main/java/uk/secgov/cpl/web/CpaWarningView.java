package uk.secgov.cpl.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import uk.secgov.cpl.CplMaintenance;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.InboxTask;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.inbox.UnknownTask;
import uk.secgov.platform.web.PageAction;

/**
 * SECAS's task for a CPA certificate about to expire: the entry and its date; SECAS records the renewed certificate
 * or what it did about it.
 */
@Named
@ViewScoped
public class CpaWarningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient CplMaintenance maintenance;

    @Inject
    transient HttpServletRequest request;

    private String id;
    private Long warning;
    private String action;
    private final CpaRenewalForm renewal = new CpaRenewalForm();
    private transient InboxTask task;
    private transient CplMaintenance.WarningDetail detail;

    private InboxCaller caller() {
        return InboxCaller.of(request.getUserPrincipal().getName(), request::isUserInRole);
    }

    public void load() throws IOException {
        try {
            task = inbox.task(caller(), id);
            detail = maintenance.warning(warning == null ? -1 : warning);
        } catch (UnknownTask | InvalidCplRequest missing) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such task.");
            faces.responseComplete();
        }
    }

    public String complete() {
        return finish(Map.of("action", action == null ? "" : action), "Action recorded for CPL entry "
                + detail.model().id() + ".");
    }

    /** "Record the renewed certificate": the renewal goes on the entry and completes the warning. */
    public String renew() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("cpaCertificate", renewal.getCpaCertificate() == null ? "" : renewal.getCpaCertificate());
        fields.put("cpaExpiry", renewal.getCpaExpiry() == null ? "" : renewal.getCpaExpiry());
        fields.put("cpaRenewal", renewal.getCpaRenewal() == null ? "" : renewal.getCpaRenewal());
        fields.put("note", renewal.getNote() == null ? "" : renewal.getNote());
        return finish(fields, "Renewed CPA certificate recorded for CPL entry " + detail.model().id() + ".");
    }

    private String finish(Map<String, Object> fields, String done) {
        return PageAction.ON_PAGE.runThenGo(() -> inbox.complete(caller(), id, fields), done,
                "/cpl-entry?faces-redirect=true&id=" + detail.model().id());
    }

    public InboxTask getTask() {
        return task;
    }

    public CplMaintenance.WarningDetail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getWarning() {
        return warning;
    }

    public void setWarning(Long warning) {
        this.warning = warning;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }









    public CpaRenewalForm getRenewal() {
        return renewal;
    }
}
