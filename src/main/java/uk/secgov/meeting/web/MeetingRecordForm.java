package uk.secgov.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import uk.secgov.meeting.Attendance;
import uk.secgov.meeting.MeetingEntry;
import uk.secgov.meeting.MeetingSecretariat;
import uk.secgov.platform.web.PageAction;

/**
 * SECAS keeps a meeting's record on its page: each member present or with apologies, observers by name and
 * organisation, agenda items and minutes (a correction names what it supersedes), and the cancellation with its reason.
 */
@Named
@ViewScoped
public class MeetingRecordForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction ATTENDANCE_FORM = PageAction.withFields(Map.of());
    private static final PageAction OBSERVER_FORM = PageAction.withFields(Map.of("name", "observerForm:observerName",
            "organisation", "observerForm:organisation"));
    private static final PageAction AGENDA_FORM = PageAction.withFields(Map.of("title", "agendaForm:agendaTitle",
            "subjectReference", "agendaForm:subject", "supersedes", "agendaForm:agendaSupersedes"));
    private static final PageAction MINUTE_FORM = PageAction.withFields(Map.of("text", "minuteForm:minuteText",
            "supersedes", "minuteForm:minuteSupersedes"));
    private static final PageAction CANCEL_FORM = PageAction.withFields(Map.of("reason", "cancelForm:cancelReason"));

    @Inject
    transient MeetingSecretariat secretariat;

    @Inject
    MeetingPage page;

    private String observerName;
    private String organisation;
    private String agendaTitle;
    private String subject;
    private Long agendaSupersedes;
    private String minuteText;
    private Long minuteSupersedes;
    private String cancelReason;

    public String attend(long appointment, boolean present) {
        return ATTENDANCE_FORM.reportThenGo(() -> {
            MeetingEntry e = secretariat.attendance(page.getId(), appointment, present ? Attendance.PRESENT
                    : Attendance.APOLOGIES);
            return e.personName() + (present ? " is recorded present." : " is recorded with apologies.");
        }, page.again());
    }

    public String observe() {
        return OBSERVER_FORM.reportThenGo(() -> secretariat.observer(page.getId(), observerName, organisation)
                .personName() + " is recorded as an observer.", page.again());
    }

    public String addAgendaItem() {
        return AGENDA_FORM.runThenGo(() -> secretariat.agendaItem(page.getId(), agendaTitle, subject,
                agendaSupersedes), agendaSupersedes == null ? "The agenda item is added."
                        : "The corrected agenda item is added; the earlier one is kept, marked superseded.",
                page.again());
    }

    public String addMinute() {
        return MINUTE_FORM.runThenGo(() -> secretariat.minute(page.getId(), minuteText, minuteSupersedes),
                minuteSupersedes == null ? "The minute is added."
                        : "The corrected minute is added; the earlier one is kept, marked superseded.", page.again());
    }

    public String cancel() {
        return CANCEL_FORM.runThenGo(() -> secretariat.cancel(page.getId(), cancelReason),
                "The meeting is cancelled.", page.again());
    }

    public String getObserverName() {
        return observerName;
    }

    public void setObserverName(String observerName) {
        this.observerName = observerName;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAgendaTitle() {
        return agendaTitle;
    }

    public void setAgendaTitle(String agendaTitle) {
        this.agendaTitle = agendaTitle;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Long getAgendaSupersedes() {
        return agendaSupersedes;
    }

    public void setAgendaSupersedes(Long agendaSupersedes) {
        this.agendaSupersedes = agendaSupersedes;
    }

    public String getMinuteText() {
        return minuteText;
    }

    public void setMinuteText(String minuteText) {
        this.minuteText = minuteText;
    }

    public Long getMinuteSupersedes() {
        return minuteSupersedes;
    }

    public void setMinuteSupersedes(Long minuteSupersedes) {
        this.minuteSupersedes = minuteSupersedes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
