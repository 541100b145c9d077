package uk.secgov.modification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.inbox.UnknownTask;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ModificationRegister;
import uk.secgov.modification.Stage;
import uk.secgov.modification.UnknownModification;
import uk.secgov.platform.time.UkFormat;

/**
 * The case page: what the register shows of a case (timeline, key dates with how each was computed) and which
 * steps the signed-in person may take on it now. Each form of the page has its own bean (the steps of development,
 * the meetings' decisions, challenges, interruptions, the release, documents), which records its step and
 * {@link #load() reloads} the case shown here.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which roles take each step, and at which stage. */
    private record StepRule(Set<String> roles, Stage stage) {
    }

    private static final Map<String, StepRule> STEPS = uk.secgov.modification.CaseStep.byPageStep(
            s -> new StepRule(s.roles(), s.stage().orElseThrow()));

    @Inject
    transient ModificationRegister register;

    @Inject
    transient WebViewer viewer;

    /** The process's business key of a case: {@code modification:<case id>}. */
    private static final String CASE_KEY = "modification:";

    @Inject
    transient TaskInbox inbox;

    private String ref;
    private String taskId;
    private Modification modification;

    /**
     * On opening the page: {@code ?ref=MP087}, or {@code ?id=<task id>} from the inbox (the task's
     * business key names the case); the case, or a "not found" message.
     */
    public void load() {
        try {
            if (ref == null && taskId != null && viewer.signedIn()) {
                String key = inbox.task(InboxCaller.of(viewer.username(), viewer::is), taskId).businessKey();
                if (key != null && key.startsWith(CASE_KEY)) {
                    ref = register.referenceOf(Long.parseLong(key.substring(CASE_KEY.length())));
                }
            }
            modification = ref == null ? null : register.one(viewer.viewer(), ref);
        } catch (UnknownModification | InvalidModificationRequest | UnknownTask | NumberFormatException e) {
            modification = null;
        }
    }

    /** Whether the signed-in person may take this step now. */
    public boolean can(String step) {
        StepRule rule = STEPS.get(step);
        return modification != null && rule != null && modification.stage() == rule.stage() && !modification.isOnHold()
                && !modification.isWithdrawalPending() && rule.roles().stream().anyMatch(viewer::is);
    }

    public boolean isSecas() {
        return viewer.is("secas") && modification != null && modification.stage().isOpen();
    }

    /** A Party's user (Supplier or DCC) looking at a case of their own Party that they may withdraw. */
    public boolean isProposerUser() {
        return modification != null && partyUser() && viewer.viewer().proposes(modification)
                && modification.stage().isOpen() && !modification.isOnHold() && !modification.isWithdrawalPending();
    }

    /** A Party's user who may adopt this withdrawn case for their own Party. */
    public boolean isAdopterUser() {
        return modification != null && partyUser() && modification.isWithdrawalPending()
                && modification.stage().isOpen() && !viewer.viewer().proposes(modification);
    }

    public boolean isCanChooseRelease() {
        return viewer.is("secas") && modification != null && modification.stage().isOpen()
                && !modification.isWithdrawalPending();
    }

    private boolean partyUser() {
        return viewer.is("supplier") || viewer.is("dcc");
    }

    /** The reference of the case shown, as the forms name it to the services. */
    public String reference() {
        return modification.reference().toString();
    }

    /** A day as typed: the UK way (11/10/2019) or ISO (2019-10-11). */
    static LocalDate parseDay(String date) {
        if (date == null || date.isBlank()) {
            throw new InvalidModificationRequest("date", "Give the date of the meeting or event (DD/MM/YYYY).");
        }
        String clean = date.strip();
        try {
            return UkFormat.parseDate(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidModificationRequest("date", "'" + date + "' is not a date: write it as DD/MM/YYYY.");
        }
    }

    public Modification getModification() {
        return modification;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
