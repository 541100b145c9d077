package uk.secgov.hashconflict.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.hashconflict.InvestigationEvent;
import uk.secgov.hashconflict.InvestigationRecord.State;
import uk.secgov.hashconflict.InvestigationSteps.OpenStep;
import uk.secgov.hashconflict.InvestigationSteps.Step;
import uk.secgov.hashconflict.InvestigationSteps;
import uk.secgov.hashconflict.InvestigationViewer;
import uk.secgov.hashconflict.InvestigationWorkspace.InvestigationView;
import uk.secgov.hashconflict.InvestigationWorkspace.RequestLine;
import uk.secgov.hashconflict.InvestigationWorkspace;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.platform.output.Attachments;
import uk.secgov.platform.web.PageAction;

/**
 * The investigation workspace, {@code /cpl/investigation.xhtml?reference=HCI-…} or {@code ?id=<task id>}
 * from the inbox: the read view. SECAS sees both Hashes, the submissions, parties, requests and answers, the
 * timeline; the Panel decides on it; a party's users see their own party's requests. Each form has its own bean
 * ({@link InvestigationPartyForm}, {@link OpenInvestigationForm}, {@link QuestionForm}, {@link RequestAnswerForm},
 * {@link ChaseForm}, {@link OutcomeForm}), and they record through this view: {@link #attempt} for a use case,
 * {@link #complete} for a process step (completed through the inbox, so a refusal leaves the task open with the reason
 * shown here). An investigation the caller may not see is "Page not found".
 */
@Named
@ViewScoped
public class InvestigationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvestigationWorkspace workspace;

    @Inject
    transient InvestigationSteps steps;

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient HttpServletRequest request;

    private String id;
    private String reference;
    private transient InvestigationView view;
    private transient List<OpenStep> openSteps;

    /** Opens it by reference, or by the inbox task's business key; anything not visible is a 404. */
    public void load() throws IOException {
        PageAction.loadOrNotFound(() -> {
            if ((reference == null || reference.isBlank()) && id != null) {
                reference = inbox.task(caller(), id).businessKey();
            }
            if (reference == null || reference.isBlank()) {
                throw new UnknownInvestigation("none");
            }
            refresh();
        }, "No such investigation.");
    }

    private void refresh() {
        view = workspace.view(viewer(), reference);
        openSteps = steps.open(reference);
    }

    /** The signed-in person, as the investigations know them. */
    public InvestigationViewer viewer() {
        return workspace.viewer(request.getUserPrincipal().getName(), request::isUserInRole);
    }

    private InboxCaller caller() {
        return InboxCaller.of(request.getUserPrincipal().getName(), request::isUserInRole);
    }

    public InvestigationView getView() {
        if (view == null && reference != null) {
            refresh();
        }
        return view;
    }

    private List<OpenStep> openSteps() {
        if (openSteps == null) {
            refresh();
        }
        return openSteps;
    }

    private Optional<OpenStep> step(Step step) {
        return openSteps().stream().filter(s -> s.step() == step).findFirst();
    }

    private Optional<OpenStep> chaseStep(long requestId) {
        return openSteps().stream().filter(s -> s.step() == Step.CHASE && Long.valueOf(requestId).equals(s.requestId()))
                .findFirst();
    }

    public boolean isSecas() {
        return request.isUserInRole("secas");
    }

    public boolean isPanel() {
        return request.isUserInRole("panel");
    }

    /** SECAS may change parties and ask while the investigation is open (asking: once it is opened). */
    public boolean isRunnable() {
        return isSecas() && getView() != null && getView().state() != State.DECIDED
                && getView().state() != State.WITHDRAWN;
    }

    public boolean isAsking() {
        return isSecas() && getView() != null && getView().state() == State.INVESTIGATING;
    }

    public boolean isCanOpen() {
        return isSecas() && step(Step.OPEN).isPresent();
    }

    public boolean isCanRecommend() {
        return isSecas() && step(Step.RECOMMEND).isPresent();
    }

    public boolean isCanDecide() {
        return isPanel() && step(Step.DECIDE).isPresent();
    }

    /** The requests SECAS should chase now (their escalation task is open). */
    public boolean chasing(long requestId) {
        return isSecas() && chaseStep(requestId).isPresent();
    }

    /** Whether the caller answers this request here: it is their party's, unanswered, and still open. */
    public boolean answering(RequestLine q) {
        InvestigationViewer v = viewer();
        return !q.answered() && v.partyId() != null && v.partyId() == q.partyId() && getView() != null
                && getView().state() != State.DECIDED && getView().state() != State.WITHDRAWN;
    }

    /** SECAS's latest recommendation, for the Panel. */
    public InvestigationEvent getRecommendation() {
        return latest(InvestigationEvent.Kind.RECOMMENDED);
    }

    public InvestigationEvent getDecision() {
        return latest(InvestigationEvent.Kind.DECIDED);
    }

    private InvestigationEvent latest(InvestigationEvent.Kind kind) {
        InvestigationEvent found = null;
        if (getView() != null) {
            for (InvestigationWorkspace.TimelineLine line : getView().timeline()) {
                if (line.event().kind() == kind) {
                    found = line.event();
                }
            }
        }
        return found;
    }

    /** Whether the rows request more than one Hash, so a replace must say which. */
    public boolean isChoosingHash() {
        return getView() != null && getView().requestedHashes().size() > 1;
    }

    /** Sends an answer's evidence file the caller may see. */
    public void download(long requestId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<InvestigationWorkspace.Evidence> found;
        try {
            found = workspace.evidence(viewer(), reference, requestId);
        } catch (UnknownInvestigation missing) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "There is no such evidence.", null));
            return;
        }
        InvestigationWorkspace.Evidence e = found.get();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(Attachments.contentType(e.name()));
        external.setResponseContentLength(e.bytes().length);
        external.setResponseHeader("Content-Disposition", Attachments.contentDisposition(e.name()));
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(e.bytes());
        }
        faces.responseComplete();
    }

    /**
     * Completes the waiting process step with these fields, through the inbox (the task listener records it); one
     * not waiting now is refused.
     */
    public String complete(Step step, Map<String, Object> fields, String done) {
        Optional<OpenStep> task = step(step);
        if (task.isEmpty()) {
            return refused("This step is not waiting now; the page shows where the investigation stands.");
        }
        return completeTask(task.get(), fields, done);
    }

    /** Completes the chase of this overdue request, as {@link #complete} does a step. */
    public String completeChase(long requestId, Map<String, Object> fields, String done) {
        Optional<OpenStep> task = chaseStep(requestId);
        if (task.isEmpty()) {
            return refused("That request is not waiting to be chased.");
        }
        return completeTask(task.get(), fields, done);
    }

    private String completeTask(OpenStep task, Map<String, Object> fields, String done) {
        return attempt(() -> inbox.complete(caller(), task.taskId(), new HashMap<>(fields)), done);
    }

    /**
     * Runs a use case on the investigation shown: on success the page shows it afresh with {@code done}; a refusal is
     * shown on the page beside the investigation as it now stands, the fields as typed.
     */
    public String attempt(Runnable action, String done) {
        if (PageAction.ON_PAGE.run(action)) {
            return done(done);
        }
        refresh();
        return null;
    }

    private String refused(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
        refresh();
        return null;
    }

    private String done(String message) {
        return PageAction.doneThenGo(message, "/cpl/investigation?faces-redirect=true&reference=" + reference);
    }

    /** A form's text as typed, or empty. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
