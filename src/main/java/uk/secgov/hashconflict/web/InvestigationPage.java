package uk.secgov.hashconflict.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.cpl.NamedFile;
import uk.secgov.hashconflict.InvestigationEvent;
import uk.secgov.hashconflict.UnknownInvestigation;
import uk.secgov.hashconflict.InvestigationRecord.State;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.hashconflict.InvestigationSteps.OpenStep;
import uk.secgov.hashconflict.InvestigationSteps.Step;
import uk.secgov.hashconflict.InvestigationSteps;
import uk.secgov.hashconflict.InvestigationViewer;
import uk.secgov.hashconflict.InvestigationWorkspace.InvestigationView;
import uk.secgov.hashconflict.InvestigationWorkspace.PartyLine;
import uk.secgov.hashconflict.InvestigationWorkspace.RequestLine;
import uk.secgov.hashconflict.InvestigationWorkspace;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.platform.output.Attachments;
import uk.secgov.platform.web.PageAction;
import uk.secgov.signature.Uploads;

/**
 * The investigation workspace, {@code /cpl/investigation.xhtml?reference=HCI-…} or {@code ?id=<task id>}
 * from the inbox. SECAS sees both Hashes, the submissions, parties, requests and answers, the timeline,
 * and runs it: parties in and out, questions, opening, chasing, the recommendation; the Panel decides
 * on it; a party's users see their own party's requests and answer them with evidence. Process steps
 * complete through the inbox, so a refusal leaves the task open with the reason shown here. An
 * investigation the caller may not see is "Page not found".
 *
 * <p>It is longer than most classes because one bean still backs every form of the workspace for its three
 * audiences (parties, questions, answers with evidence, opening, chasing, the recommendation, the decision), each
 * with its fields and accessors; issue 12 item 4 splits it into one bean per form, as it split the case page.
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

    private String note;
    private String outcome;
    private String reasons;
    private String hash;
    private Long askPartyId;
    private String question;
    private Integer workingDays;
    private Long followsRequestId;
    private Long addPartyId;
    private final Map<Long, String> chaseNotes = new HashMap<>();
    private String answerText;
    private transient Part evidenceFile;

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
            if (workingDays == null) {
                workingDays = workspace.defaultWorkingDays();
            }
        }, "No such investigation.");
    }

    private void refresh() {
        view = workspace.view(viewer(), reference);
        openSteps = steps.open(reference);
    }

    private InvestigationViewer viewer() {
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
        return isSecas() && openSteps().stream().anyMatch(s -> s.step() == Step.CHASE
                && Long.valueOf(requestId).equals(s.requestId()));
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

    public List<PartyLine> getPartiesToAdd() {
        return isRunnable() ? workspace.partiesToAdd(viewer(), reference) : List.of();
    }

    /** The due date a question gets with the Working Days in the form, or why not. */
    public String getDuePreview() {
        try {
            InvestigationWorkspace.DueDates d = workspace.dueDates(workingDays == null
                    ? workspace.defaultWorkingDays() : workingDays);
            return "Due " + day(d.due()) + " 17:00 (" + d.workingDays() + " Working Day" + (d.workingDays() == 1 ? ""
                    : "s") + " from today); escalates to SECAS " + day(d.escalation()) + " 17:00 if unanswered.";
        } catch (InvestigationRefused refused) {
            return refused.getMessage();
        }
    }

    private static String day(java.time.ZonedDateTime at) {
        return at.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    }

    // ---- actions ----

    public String open() {
        return complete(Step.OPEN, Map.of("note", text(note)), "Investigation opened: the parties can now be asked.");
    }

    public String recommend() {
        return complete(Step.RECOMMEND, outcomeFields(), "Recommendation sent to the Panel.");
    }

    public String decide() {
        return complete(Step.DECIDE, outcomeFields(), "Decision recorded: the CPL is being updated and the parties"
                + " notified.");
    }

    /** Replace names the chosen requested Hash (the only one when there is one); retain names none. */
    private Map<String, Object> outcomeFields() {
        return Map.of("outcome", text(outcome), "reasons", text(reasons), "hash",
                "replace".equalsIgnoreCase(outcome) ? text(hash) : "");
    }

    /** Whether the rows request more than one Hash, so a replace must say which. */
    public boolean isChoosingHash() {
        return getView() != null && getView().requestedHashes().size() > 1;
    }

    public String chase(long requestId) {
        Optional<OpenStep> task = openSteps().stream().filter(s -> s.step() == Step.CHASE
                && Long.valueOf(requestId).equals(s.requestId())).findFirst();
        if (task.isEmpty()) {
            return refused("That request is not waiting to be chased.");
        }
        return completeTask(task.get(), Map.of("note", text(chaseNotes.get(requestId))), "Chase recorded.");
    }

    private String complete(Step step, Map<String, Object> fields, String done) {
        Optional<OpenStep> task = step(step);
        if (task.isEmpty()) {
            return refused("This step is not waiting now; the page shows where the investigation stands.");
        }
        return completeTask(task.get(), fields, done);
    }

    private String completeTask(OpenStep task, Map<String, Object> fields, String done) {
        return attempt(() -> inbox.complete(caller(), task.taskId(), new HashMap<>(fields)), done);
    }

    public String addParty() {
        return attempt(() -> workspace.addParty(viewer(), reference, addPartyId == null ? -1 : addPartyId),
                "Party added.");
    }

    public String removeParty(long partyId) {
        return attempt(() -> workspace.removeParty(viewer(), reference, partyId), "Party removed.");
    }

    public String ask() {
        return attempt(() -> {
            if (askPartyId == null) {
                throw new InvestigationRefused("Choose the party to ask.");
            }
            workspace.ask(viewer(), reference, askPartyId, question, workingDays, followsRequestId);
        }, "Question sent.");
    }

    public String answer(long requestId) {
        return attempt(() -> {
            NamedFile evidence = null;
            String type = null;
            if (evidenceFile != null && evidenceFile.getSize() > 0) {
                evidence = new NamedFile(fileName(evidenceFile), bytesOf(evidenceFile));
                type = evidenceFile.getContentType();
            }
            workspace.answer(viewer(), reference, requestId, answerText, evidence, type);
        }, "Answer sent to SECAS.");
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

    /** Refused, the page shows the investigation as it now stands beside the refusal. */
    private String attempt(Runnable action, String done) {
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

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "evidence" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    /** Reads at most one byte over the limit, so an oversized upload is refused without reading it all. */
    private static byte[] bytesOf(Part part) {
        try (InputStream in = part.getInputStream()) {
            return Uploads.read("evidence", in);
        } catch (IOException e) {
            throw new InvestigationRefused("The upload could not be read completely; try again.");
        }
    }

    // ---- form fields ----

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

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getHash() {
        if (hash == null && getRecommendation() != null) {
            hash = getRecommendation().imageHash().orElse(null);
        }
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Long getAskPartyId() {
        return askPartyId;
    }

    public void setAskPartyId(Long askPartyId) {
        this.askPartyId = askPartyId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }

    public Long getFollowsRequestId() {
        return followsRequestId;
    }

    public void setFollowsRequestId(Long followsRequestId) {
        this.followsRequestId = followsRequestId;
    }

    public Long getAddPartyId() {
        return addPartyId;
    }

    public void setAddPartyId(Long addPartyId) {
        this.addPartyId = addPartyId;
    }

    public Map<Long, String> getChaseNotes() {
        return chaseNotes;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public Part getEvidenceFile() {
        return evidenceFile;
    }

    public void setEvidenceFile(Part evidenceFile) {
        this.evidenceFile = evidenceFile;
    }
}
