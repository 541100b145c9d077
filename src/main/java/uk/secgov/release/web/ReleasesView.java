package uk.secgov.release.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.time.UkFormat;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;
import uk.secgov.release.InvalidReleaseRequest;
import uk.secgov.release.ReleaseCalendar;
import uk.secgov.release.ReleaseKind;
import uk.secgov.release.SecRelease;

/** SECAS screen: the SEC Release calendar, with confirming, moving, implementing, cancelling and generating releases. */
@Named
@ViewScoped
public class ReleasesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction CHANGE_FORM = PageAction.withFields(Map.of("date", "releasesForm:date",
            "reason", "releasesForm:reason"));
    private static final PageAction CREATE_FORM = PageAction.withFields(Map.of("name", "createForm:name",
            "kind", "createForm:kind", "plannedDate", "createForm:plannedDate", "date", "createForm:plannedDate"));
    private static final PageAction GENERATE_FORM = PageAction.withFields(Map.of("years", "generateForm:years"));

    @Inject
    transient ReleaseCalendar releases;

    @Inject
    transient SecurityContext security;

    private final LazyDataModel<SecRelease> rows = new DatabasePaged<>(() -> releases.count(),
            (first, size) -> releases.page(first, size), r -> String.valueOf(r.id()), key -> null);

    private String date;
    private String reason;
    private String newName;
    private ReleaseKind newKind = ReleaseKind.AD_HOC;
    private String newDate;
    private Integer years = 2;

    public void confirm(long id) {
        CHANGE_FORM.report(() -> releases.confirm(id, actor()).name() + " confirmed.");
    }

    public void move(long id) {
        CHANGE_FORM.report(() -> {
            SecRelease release = releases.move(id, dateOf("date", date), reason, actor());
            clearChange();
            return release.name() + " moved to " + UkFormat.DATE.format(release.plannedDate()) + ".";
        });
    }

    public void implemented(long id) {
        CHANGE_FORM.report(() -> {
            SecRelease release = releases.recordImplemented(id, dateOf("date", date), actor());
            clearChange();
            return release.name() + " recorded as implemented on " + UkFormat.DATE.format(release.actualDate().orElseThrow()) + ".";
        });
    }

    public void cancel(long id) {
        CHANGE_FORM.report(() -> {
            SecRelease release = releases.cancel(id, reason, actor());
            clearChange();
            return release.name() + " cancelled.";
        });
    }

    public void create() {
        CREATE_FORM.report(() -> {
            SecRelease release = releases.create(newName, newKind, dateOf("plannedDate", newDate), actor());
            newName = null;
            newDate = null;
            return release.name() + " proposed for " + UkFormat.DATE.format(release.plannedDate()) + "; confirm it when agreed.";
        });
    }

    public void generate() {
        GENERATE_FORM.report(() -> {
            List<SecRelease> added = releases.proposeScheduled(years == null ? 0 : years, actor());
            return added.isEmpty() ? "Every release of the usual pattern in those years is already listed."
                    : added.size() + " release(s) proposed: " + String.join(", ", added.stream().map(SecRelease::name).toList())
                            + ".";
        });
    }

    private void clearChange() {
        date = null;
        reason = null;
    }

    /** A day as typed on the screen: the UK way (21/11/2026) or ISO (2026-11-21). */
    static LocalDate dateOf(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidReleaseRequest(field, "Give the date as DD/MM/YYYY.");
        }
        String clean = text.strip();
        try {
            return UkFormat.parseDate(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidReleaseRequest(field, "'" + clean + "' is not a date: give it as DD/MM/YYYY.");
        }
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    public LazyDataModel<SecRelease> getReleases() {
        return rows;
    }

    public ReleaseKind[] getKinds() {
        return ReleaseKind.values();
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public ReleaseKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ReleaseKind newKind) {
        this.newKind = newKind;
    }

    public String getNewDate() {
        return newDate;
    }

    public void setNewDate(String newDate) {
        this.newDate = newDate;
    }

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }
}
