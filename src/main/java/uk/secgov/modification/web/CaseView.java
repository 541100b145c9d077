package uk.secgov.modification.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.Part;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import uk.secgov.modification.AuthorityDecision;
import uk.secgov.modification.CaseDocuments;
import uk.secgov.modification.CaseInterruptions;
import uk.secgov.modification.Classification;
import uk.secgov.modification.DocumentFile;
import uk.secgov.modification.DocumentSummary;
import uk.secgov.modification.DocumentUpload;
import uk.secgov.modification.UnknownDocument;
import uk.secgov.modification.Challenges;
import uk.secgov.modification.DevelopmentSteps;
import uk.secgov.modification.Implementation;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.MeetingDecisions;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.ModificationRegister;
import uk.secgov.modification.NotTheProposer;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.RefinementSteps;
import uk.secgov.modification.ReleaseFinder;
import uk.secgov.modification.Route;
import uk.secgov.modification.Stage;
import uk.secgov.modification.StepRefused;
import uk.secgov.modification.TargetRelease;
import uk.secgov.modification.UnknownModification;
import uk.secgov.modification.Vote;
import uk.secgov.inbox.InboxCaller;
import uk.secgov.inbox.TaskInbox;
import uk.secgov.inbox.TaskNotFound;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.output.Attachments;
import uk.secgov.signature.Uploads;

/**
 * The case page: what the register shows of a case (timeline, key dates with how each was computed)
 * and, for SECAS, the Panel, the Change Board and the Authority, the step the case is waiting for.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Which roles take each step, and at which stage. */
    private record StepRule(Set<String> roles, Stage stage) {
    }

    private static final Map<String, StepRule> STEPS = uk.secgov.modification.CaseStep.byPageStep(
            s -> new StepRule(s.roles(), s.stage().orElseThrow()));

    @Inject
    transient ModificationRegister register;

    @Inject
    transient DevelopmentSteps development;

    @Inject
    transient RefinementSteps refinement;

    @Inject
    transient MeetingDecisions decisions;

    @Inject
    transient Challenges challenges;

    @Inject
    transient CaseInterruptions interruptions;

    @Inject
    transient Implementation implementation;

    @Inject
    transient CaseDocuments caseDocuments;

    @Inject
    transient ReleaseFinder releases;

    @Inject
    transient Directory directory;

    @Inject
    transient Clock clock;

    @Inject
    transient WebViewer viewer;

    /** The process's business key of a case: {@code modification:<case id>}. */
    private static final String CASE_KEY = "modification:";

    @Inject
    transient TaskInbox inbox;

    private String ref;
    private String taskId;
    private Modification modification;
    private String date;
    private String leadAnalyst;
    private String comments;
    private String committee;
    private ModificationPath path;
    private Route route;
    private boolean urgent;
    private boolean agreed = true;
    private Integer consultationWorkingDays;
    private String votes;
    private AuthorityDecision decision;
    private String party;
    private String note;
    private Long releaseId;
    private transient Part documentFile;
    private String documentTitle;
    private Classification documentClassification;
    private Long supersedesId;
    private transient List<DocumentSummary> documents;
    private String successor;
    private Long adopterPartyId;
    private String person;
    private String onBehalfOf;

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
            documents = null;
        } catch (UnknownModification | InvalidModificationRequest | TaskNotFound | NumberFormatException e) {
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

    public void precheck() {
        attempt(() -> development.completePrecheck(ref(), leadAnalyst, comments, day(), actor()),
                "Pre-submission comments recorded; the case is in the Development Stage.");
    }

    public void cscComment() {
        attempt(() -> development.recordCscComment(ref(), comments, day(), actor()), "CSC comment recorded.");
    }

    public void subCommitteeViews() {
        attempt(() -> development.recordSubCommitteeViews(ref(), committee, comments, day(), actor()),
                "Sub-committee views recorded.");
    }

    public void agreeProblemStatement() {
        attempt(() -> development.agreeProblemStatement(ref(), day(), actor()),
                "The CSC's agreement is recorded; the Panel can convert the proposal.");
    }

    public void convert() {
        attempt(() -> decisions.convert(ref(), path, route, urgent, day(), actor()), "Converted.");
    }

    public void decideUrgency() {
        attempt(() -> decisions.decideUrgency(ref(), agreed, consultationWorkingDays, comments, day(), actor()),
                "The Authority's decision on urgency is recorded.");
    }

    public void fastTrackDecision() {
        attempt(() -> decisions.fastTrackDecision(ref(), day(), votes(false), actor()), "The Panel's decision is recorded.");
    }

    public void objection() {
        attempt(() -> challenges.objection(ref(), party, comments, day(), actor()), "Objection recorded.");
    }

    public void refinementEvent() {
        attempt(() -> refinement.recordEvent(ref(), committee, comments, day(), actor()), "Refinement event recorded.");
    }

    public void completeRefinement() {
        attempt(() -> refinement.complete(ref(), day(), actor()), "Refinement completed.");
    }

    public void approveReport() {
        attempt(() -> decisions.approveReport(ref(), day(), actor()),
                "Modification Report approved; the consultation is open.");
    }

    public void changeBoardVote() {
        attempt(() -> decisions.changeBoardVote(ref(), day(), votes(true), actor()), "The Change Board's vote is recorded.");
    }

    public void authorityDecision() {
        attempt(() -> decisions.authorityDecision(ref(), decision, comments, day(), actor()),
                "The Authority's decision is recorded.");
    }

    public void appeal() {
        attempt(() -> challenges.appeal(ref(), party, comments, day(), actor()), "Appeal recorded.");
    }

    public void appealDecision() {
        attempt(() -> decisions.appealDecision(ref(), decision, comments, day(), actor()),
                "The Authority's decision on the appeal is recorded.");
    }

    public void withdraw() {
        attempt(() -> interruptions.withdraw(ref(), note, day(), actor()), "Withdrawal recorded.");
    }

    public void putOnHold() {
        attempt(() -> interruptions.putOnHold(ref(), note, day(), actor()), "Put on hold.");
    }

    public void resume() {
        attempt(() -> interruptions.resume(ref(), day(), actor()), "Resumed.");
    }

    /**
     * SECAS chooses the SEC Release: schedules an approved case waiting for one, or sets (or changes)
     * the target release of any other open case (a scheduled one's implementation date follows).
     */
    public void chooseRelease() {
        boolean approved = modification.stage() == Stage.APPROVED;
        attempt(() -> {
            if (releaseId == null) {
                throw new InvalidModificationRequest("release", "Choose the SEC Release.");
            }
            return implementation.chooseTarget(ref(), releaseId, note, actor());
        }, approved ? "Scheduled." : "Target release recorded.");
    }

    /** SECAS records that another case supersedes this one. */
    public void supersede() {
        attempt(() -> {
            if (successor == null || successor.isBlank()) {
                throw new InvalidModificationRequest("supersededBy", "Name the case that supersedes this one (e.g. MP170).");
            }
            return interruptions.supersede(ref(), successor.strip(), note, day(), actor());
        }, "Recorded as superseded.");
    }

    /** SECAS records that another Party adopted the withdrawn case within its window. */
    public void adopt() {
        attempt(() -> {
            if (adopterPartyId == null) {
                throw new InvalidModificationRequest("proposerParty", "Choose the Party that adopts the proposal.");
            }
            Party party = directory.party(adopterPartyId).filter(Party::isEnabled).orElseThrow(() ->
                    new InvalidModificationRequest("proposerParty", "There is no active Party #" + adopterPartyId + "."));
            return interruptions.adopt(ref(), viewer.viewer(), new Proposer(party.id(), party.name(), person, onBehalfOf),
                    day());
        }, "Adoption recorded: the adopting Party is now the Proposer.");
    }

    /** A Party's user adopts the withdrawn case for their own Party, today. */
    public void adoptForOwnParty() {
        attempt(() -> {
            UserAccount me = directory.user(actor()).orElseThrow(() -> new NotTheProposer("You belong to no Party."));
            return interruptions.adopt(ref(), viewer.viewer(), new Proposer(me.party().id(), me.party().name(),
                    me.displayName(), null), today());
        }, "Your Party has adopted the proposal and is now its Proposer.");
    }

    /** The Proposer's own user withdraws the case, today. */
    public void withdrawOwn() {
        attempt(() -> interruptions.withdraw(ref(), viewer.viewer(), note, today()),
                "Withdrawn. Another Party may adopt it until its adoption window ends.");
    }

    /** The case's documents this visitor may read (White only unless SECAS, Panel, Change Board or Authority). */
    public List<DocumentSummary> getDocuments() {
        if (documents == null) {
            documents = modification == null ? List.of() : caseDocuments.list(viewer.viewer(), ref());
        }
        return documents;
    }

    /** The latest version of each document, which a new version may supersede. */
    public List<DocumentSummary> getCurrentDocuments() {
        return getDocuments().stream().filter(DocumentSummary::isCurrent).toList();
    }

    public boolean isCanUploadDocuments() {
        return viewer.is("secas") && modification != null;
    }

    /** SECAS uploads a document (or a new version of one) with its classification. */
    public void uploadDocument() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            DocumentUpload upload = DocumentUpload.checked(documentTitle, documentClassification,
                    documentFile == null ? null : documentFile.getSubmittedFileName(),
                    documentFile == null ? null : documentFile.getContentType(), bytesOf(documentFile), Uploads.limit());
            var stored = caseDocuments.upload(ref(), upload, supersedesId, actor());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Document '" + stored.title()
                    + "' version " + stored.versionNumber() + " stored (" + stored.classification() + ", SHA-256 "
                    + stored.sha256() + ").", null));
            documentTitle = null;
            documentClassification = null;
            supersedesId = null;
        } catch (InvalidModificationRequest refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
        }
        documents = null;
        load();
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
            file = caseDocuments.download(viewer.viewer(), ref(), documentId);
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

    /** Releases a case can go into (the domain refuses one before the earliest implementation date). */
    public List<TargetRelease> getReleases() {
        return releases.listed().stream().filter(r -> !r.date().isBefore(today())).toList();
    }

    public List<Party> getParties() {
        return directory.parties(0, 500).stream().filter(Party::isEnabled).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.UK));
    }

    public void update() {
        attempt(() -> interruptions.recordUpdate(ref(), note, day(), actor()), "Update recorded.");
    }

    private String ref() {
        return modification.reference().toString();
    }

    private String actor() {
        return viewer.username();
    }

    private LocalDate day() {
        return parseDay(date);
    }

    /** A day as typed: the UK way (11/10/2019) or ISO (2019-10-11). */
    static LocalDate parseDay(String date) {
        if (date == null || date.isBlank()) {
            throw new InvalidModificationRequest("date", "Give the date of the meeting or event (DD/MM/YYYY).");
        }
        String clean = date.strip();
        try {
            return clean.contains("/") ? LocalDate.parse(clean, UK_DATE) : LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidModificationRequest("date", "'" + date + "' is not a date: write it as DD/MM/YYYY.");
        }
    }

    /**
     * One member a line: "Name = APPROVE" (Panel) or "Name, APPROVE" (Change Board; the category is the member's
     * Party's, and may be given as "Name, LARGE_SUPPLIER, APPROVE").
     */
    private List<MemberVote> votes(boolean perCategory) {
        List<MemberVote> cast = new ArrayList<>();
        for (String line : (votes == null ? "" : votes).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s*[=,]\\s*");
            try {
                if (perCategory && parts.length == 2) {
                    cast.add(MemberVote.of(parts[0], null, Vote.valueOf(parts[1].strip().toUpperCase(Locale.ROOT))));
                } else if (perCategory && parts.length == 3) {
                    cast.add(MemberVote.of(parts[0], PartyCategory.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)),
                            Vote.valueOf(parts[2].strip().toUpperCase(Locale.ROOT))));
                } else if (!perCategory && parts.length == 2) {
                    cast.add(MemberVote.of(parts[0], Vote.valueOf(parts[1].strip().toUpperCase(Locale.ROOT))));
                } else {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidModificationRequest("votes", "'" + line.strip() + "' is not a vote: write "
                        + (perCategory ? "Name, APPROVE" : "Name = APPROVE") + " (APPROVE, REJECT or ABSTAIN).");
            }
        }
        return cast;
    }

    private void attempt(Supplier<Modification> step, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            step.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            date = null;
            comments = null;
            note = null;
            votes = null;
            successor = null;
            person = null;
            onBehalfOf = null;
        } catch (InvalidModificationRequest | StepRefused | NotTheProposer | UnknownModification refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
        }
        load();
    }

    public Modification getModification() {
        return modification;
    }

    public List<ModificationPath> getPaths() {
        return List.of(ModificationPath.values());
    }

    public List<Route> getRoutes() {
        return List.of(Route.values());
    }

    public List<AuthorityDecision> getDecisions() {
        return List.of(AuthorityDecision.values());
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

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getLeadAnalyst() {
        return leadAnalyst;
    }

    public void setLeadAnalyst(String leadAnalyst) {
        this.leadAnalyst = leadAnalyst;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public ModificationPath getPath() {
        return path;
    }

    public void setPath(ModificationPath path) {
        this.path = path;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public Integer getConsultationWorkingDays() {
        return consultationWorkingDays;
    }

    public void setConsultationWorkingDays(Integer consultationWorkingDays) {
        this.consultationWorkingDays = consultationWorkingDays;
    }

    public String getVotes() {
        return votes;
    }

    public void setVotes(String votes) {
        this.votes = votes;
    }

    public AuthorityDecision getDecision() {
        return decision;
    }

    public void setDecision(AuthorityDecision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public Long getReleaseId() {
        return releaseId;
    }

    public void setReleaseId(Long releaseId) {
        this.releaseId = releaseId;
    }

    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }

    public Long getAdopterPartyId() {
        return adopterPartyId;
    }

    public void setAdopterPartyId(Long adopterPartyId) {
        this.adopterPartyId = adopterPartyId;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
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
