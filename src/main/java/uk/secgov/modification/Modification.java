package uk.secgov.modification;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.calendar.MovedDeadline;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.party.PartyCategory;

/**
 * A modification case: a Draft Proposal and, once the Panel converts it, the Modification Proposal
 * it becomes. Every change is a guarded verb that appends a {@link TimelineEvent} (dated with the day
 * it happened, which for a meeting may be in the past) and, where it starts a window, a
 * {@link KeyDate} with how it was computed. Nothing recorded is changed: the columns below the
 * timeline (stage, path, latest update, ...) are the projection the verbs keep current.
 */
@Entity
@Table(name = "modification")
public class Modification {

    static final int REASON_MAX = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOSE = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private boolean legacy;

    @Column(nullable = false)
    private boolean converted;

    @Column(nullable = false, length = CaseContent.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = CaseContent.TEXT_MAX)
    private String issue;

    @Column(length = CaseContent.TEXT_MAX)
    private String solution;

    /** Enum names between commas (",LARGE_SUPPLIER,DCC,"), so a filter is one LIKE in the database. */
    @Column(name = "impacted_categories", nullable = false, length = 500)
    private String impactedCategories;

    /** One document per line. */
    @Column(name = "documents_affected", nullable = false, length = 4000)
    private String documentsAffected;

    @Column(name = "proposer_party_id")
    private Long proposerPartyId;

    @Column(name = "proposer_party_name", nullable = false, length = Proposer.MAX)
    private String proposerPartyName;

    @Column(name = "proposer_person", nullable = false, length = Proposer.MAX)
    private String proposerPerson;

    @Column(name = "on_behalf_of", length = Proposer.MAX)
    private String onBehalfOf;

    @Column(name = "lead_analyst", length = Proposer.MAX)
    private String leadAnalyst;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ModificationPath path;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Route route;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "urgent_consultation_days")
    private Integer urgentConsultationDays;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    @Column(name = "withdrawal_pending", nullable = false)
    private boolean withdrawalPending;

    @Column(name = "fast_track_ruled_out", nullable = false)
    private boolean fastTrackRuledOut;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_board_outcome", length = 10)
    private Vote changeBoardOutcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Classification classification;

    @Column(name = "target_release_id")
    private Long targetReleaseId;

    @Column(name = "target_release_name", length = 200)
    private String targetReleaseName;

    @Column(name = "target_release_date")
    private LocalDate targetReleaseDate;

    @Column(name = "implementation_date")
    private LocalDate implementationDate;

    @Column(name = "latest_update", nullable = false, length = TimelineEvent.SUMMARY_MAX)
    private String latestUpdate;

    @Column(name = "latest_update_on", nullable = false)
    private LocalDate latestUpdateOn;

    @Column(name = "alternative_of", length = 20, updatable = false)
    private String alternativeOf;

    @Column(name = "superseded_by", length = 20)
    private String supersededBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "modification", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<TimelineEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "modification", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<KeyDate> keyDates = new ArrayList<>();

    @Version
    private long version;

    protected Modification() {
    }

    /** What a caller needs to know of "now": the instant, and who acts. */
    public record Actor(String username, Instant now) {

        public LocalDate today() {
            return now.atZone(WorkingDayCalendar.UK).toLocalDate();
        }
    }

    // ---- raising -------------------------------------------------------------------------------

    /**
     * A Draft Proposal ({@code DP168}, or a legacy {@code SECMP0107} recorded as it stood), raised on
     * {@code raisedOn}; SECAS's pre-submission comments are due {@code precheckWorkingDays} later.
     */
    public static Modification raiseDraft(ModificationReference reference, CaseContent content, Proposer proposer,
            LocalDate raisedOn, Classification classification, ModificationReference alternativeOf,
            Deadlines deadlines, LifecycleSettings settings, Actor actor) {
        if (reference.kind() == ModificationReference.Kind.PROPOSAL) {
            throw new InvalidModificationRequest("reference", "A Draft Proposal is numbered DP (or SECMP for an older"
                    + " case); " + reference + " is a Modification Proposal's reference.");
        }
        Modification m = fresh(reference, content, proposer, raisedOn, classification, alternativeOf, actor);
        m.stage = Stage.DRAFT_PROPOSAL;
        m.append(TimelineKind.RAISED, raisedOn, "Draft Proposal raised by " + proposer.describe() + ".", List.of(), actor);
        m.keyDate(deadlines.closingAfter(KeyDateKind.PRECHECK_TARGET, raisedOn, settings.precheckWorkingDays()), actor);
        return m;
    }

    /** A Fast-Track Modification Proposal, which only the Panel raises; it goes straight to the Panel's decision. */
    public static Modification raiseFastTrack(ModificationReference reference, CaseContent content, Proposer proposer,
            LocalDate raisedOn, Classification classification, Actor actor) {
        if (reference.kind() == ModificationReference.Kind.DRAFT) {
            throw new InvalidModificationRequest("reference", "A Fast-Track is raised as a Modification Proposal (MP"
                    + reference.number() + "), not a Draft Proposal.");
        }
        Modification m = fresh(reference, content, proposer, raisedOn, classification, null, actor);
        m.converted = true;
        m.path = ModificationPath.FAST_TRACK;
        m.route = Route.FAST_TRACK;
        m.stage = Stage.FAST_TRACK_DECISION;
        m.append(TimelineKind.RAISED_FAST_TRACK, raisedOn, "Fast-Track Modification Proposal raised by "
                + proposer.describe() + ".", List.of(), actor);
        return m;
    }

    private static Modification fresh(ModificationReference reference, CaseContent content, Proposer proposer,
            LocalDate raisedOn, Classification classification, ModificationReference alternativeOf, Actor actor) {
        Modification m = new Modification();
        m.number = reference.number();
        m.legacy = reference.isLegacy();
        m.converted = reference.kind() == ModificationReference.Kind.PROPOSAL;
        m.raisedOn = pastOrToday("raisedOn", raisedOn, actor);
        m.title = content.title();
        m.issue = content.issue();
        m.solution = content.solution();
        m.impactedCategories = "," + content.impacted().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(",")) + (content.impacted().isEmpty() ? "" : ",");
        m.documentsAffected = String.join("\n", content.documentsAffected());
        m.proposerPartyId = proposer.partyId();
        m.proposerPartyName = proposer.partyName();
        m.proposerPerson = proposer.person();
        m.onBehalfOf = proposer.onBehalfOf();
        m.classification = classification == null ? Classification.WHITE : classification;
        if (alternativeOf != null && alternativeOf.number() == reference.number()
                && alternativeOf.isLegacy() == reference.isLegacy()) {
            throw new InvalidModificationRequest("alternativeOf", "A case cannot be an alternative of itself.");
        }
        m.alternativeOf = alternativeOf == null ? null : alternativeOf.toString();
        m.createdAt = actor.now();
        m.createdBy = actor.username();
        return m;
    }

    // ---- Development ---------------------------------------------------------------------------

    /** SECAS gives its pre-submission comments and names the Lead Analyst: the Development Stage begins. */
    public TimelineEvent completePrecheck(String analyst, String comments, LocalDate on, Actor actor) {
        requireActiveIn("give pre-submission comments", Stage.DRAFT_PROPOSAL);
        String lead = text("leadAnalyst", analyst, Proposer.MAX, "Name the Lead Analyst.");
        String why = text("comments", comments, REASON_MAX, "Give SECAS's pre-submission comments.");
        LocalDate day = dated(on, actor);
        leadAnalyst = lead;
        stage = Stage.DEVELOPMENT;
        return append(TimelineKind.PRECHECK_COMPLETED, day, "Lead Analyst: " + lead + ". " + why, List.of(), actor);
    }

    /** The Change Sub-Committee's initial comment on the problem statement. */
    public TimelineEvent recordCscComment(String comment, LocalDate meeting, Actor actor) {
        requireActiveIn("record the CSC's comment", Stage.DEVELOPMENT);
        String text = text("comment", comment, REASON_MAX, "Give the CSC's comment.");
        return append(TimelineKind.CSC_COMMENTED, dated(meeting, actor), text, List.of(), actor);
    }

    /** A sub-committee's views (SSC, TABASC, SMKI PMA, OPSG, ...). */
    public TimelineEvent recordSubCommitteeViews(String committee, String views, LocalDate on, Actor actor) {
        requireActiveIn("record a sub-committee's views", Stage.DEVELOPMENT);
        String who = text("committee", committee, 100, "Name the sub-committee (e.g. SSC, TABASC).");
        String text = text("views", views, REASON_MAX, "Give the sub-committee's views.");
        return append(TimelineKind.SUB_COMMITTEE_VIEWS, dated(on, actor), who + ": " + text, List.of(), actor);
    }

    /** The CSC agrees the problem statement is defined: the case is ready for the Panel to convert. */
    public TimelineEvent agreeProblemStatement(LocalDate meeting, Actor actor) {
        requireActiveIn("record the CSC's agreement", Stage.DEVELOPMENT);
        LocalDate day = dated(meeting, actor);
        stage = Stage.AWAITING_CONVERSION;
        return append(TimelineKind.PROBLEM_STATEMENT_AGREED, day,
                "The Change Sub-Committee agreed the problem statement; ready for the Panel to convert.", List.of(), actor);
    }

    // ---- Conversion ----------------------------------------------------------------------------

    /**
     * The Panel converts the proposal ({@code DP168} becomes {@code MP168}) and chooses its route and
     * path. Refused unless the CSC agreed the problem statement (or a Fast-Track has to go down another
     * route); a Fast-Track goes only the Fast-Track route, and never again after an objection or a
     * Panel that was not unanimous.
     */
    public TimelineEvent convert(ModificationPath newPath, Route newRoute, boolean urgentRequested, LocalDate meeting,
            Actor actor) {
        requireActive("convert");
        if (stage != Stage.AWAITING_CONVERSION) {
            throw new StepRefused(reference() + " cannot be converted: it is at '" + stage.label()
                    + "'; the Change Sub-Committee must first agree the problem statement.");
        }
        List<InvalidModificationRequest.Violation> problems = new ArrayList<>();
        if (newPath == null) {
            problems.add(new InvalidModificationRequest.Violation("path", "Choose the path: PATH_1, PATH_2, PATH_3 or FAST_TRACK."));
        }
        if (newRoute == null) {
            problems.add(new InvalidModificationRequest.Violation("route", "Choose the route: REFINEMENT, REPORT_PHASE or FAST_TRACK."));
        }
        if (newPath != null && newRoute != null && (newPath == ModificationPath.FAST_TRACK) != (newRoute == Route.FAST_TRACK)) {
            problems.add(new InvalidModificationRequest.Violation("route", "A Fast-Track takes the Fast-Track route and"
                    + " only a Fast-Track does; it never goes through Refinement."));
        }
        if (newPath == ModificationPath.FAST_TRACK && fastTrackRuledOut) {
            problems.add(new InvalidModificationRequest.Violation("path", reference() + " was objected to or not approved"
                    + " unanimously as a Fast-Track: it must go down another path."));
        }
        if (newPath == ModificationPath.FAST_TRACK && urgentRequested) {
            problems.add(new InvalidModificationRequest.Violation("urgent", "A Fast-Track is not urgent: it has its own timetable."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidModificationRequest(problems);
        }
        LocalDate day = dated(meeting, actor);
        String before = reference().toString();
        converted = true;
        path = newPath;
        route = newRoute;
        stage = urgentRequested ? Stage.URGENCY_DECISION : stageOf(newRoute);
        return append(TimelineKind.CONVERTED, day, (before.equals(reference().toString()) ? "" : before + " converted to "
                + reference() + ". ") + path.label() + "; route: " + route.label() + "."
                + (urgentRequested ? " Urgent: the Authority is asked to agree the timetable." : ""), List.of(), actor);
    }

    /** The Authority's decision on urgency: agreed (with the consultation's length, if shortened) or refused. */
    public TimelineEvent decideUrgency(boolean agreed, Integer consultationWorkingDays, String reason, LocalDate on,
            Actor actor) {
        requireActiveIn("record the Authority's decision on urgency", Stage.URGENCY_DECISION);
        if (agreed && consultationWorkingDays != null && (consultationWorkingDays < 1 || consultationWorkingDays > 100)) {
            throw new InvalidModificationRequest("consultationWorkingDays", "An urgent consultation runs 1 to 100 Working"
                    + " Days, not " + consultationWorkingDays + ".");
        }
        LocalDate day = dated(on, actor);
        urgent = agreed;
        urgentConsultationDays = agreed ? consultationWorkingDays : null;
        stage = stageOf(route);
        return append(TimelineKind.URGENCY_DECIDED, day, (agreed ? "The Authority agreed the case is urgent"
                + (consultationWorkingDays == null ? "." : "; the Modification Report Consultation runs "
                + consultationWorkingDays + " Working Days.") : "The Authority did not agree urgency: normal timetable.")
                + optional(reason), List.of(), actor);
    }

    // ---- Fast-Track ----------------------------------------------------------------------------

    /**
     * The Panel's decision on a Fast-Track at its meeting, with each member's vote. Only a unanimous
     * approval starts the objection window ({@code objectionWorkingDays} after the meeting, closing
     * 17:00) and gives the earliest implementation date and the target release; otherwise the case
     * must go down another route.
     */
    public TimelineEvent recordFastTrackDecision(LocalDate meeting, List<MemberVote> votes, Deadlines deadlines,
            LifecycleSettings settings, ReleaseFinder releases, Actor actor) {
        requireActiveIn("record the Panel's Fast-Track decision", Stage.FAST_TRACK_DECISION);
        LocalDate day = dated(meeting, actor);
        List<MemberVote> cast = requireVotes(votes, false);
        boolean unanimous = cast.stream().allMatch(v -> v.vote() == Vote.APPROVE);
        String tally = tally(cast);
        if (!unanimous) {
            fastTrackRuledOut = true;
            stage = Stage.AWAITING_CONVERSION;
            return append(TimelineKind.FAST_TRACK_DECIDED, day, "The Panel did not approve the Fast-Track unanimously ("
                    + tally + "): it must go down another route.", cast, actor);
        }
        stage = Stage.OBJECTION_WINDOW;
        Deadline end = keyDate(deadlines.closingAfter(KeyDateKind.OBJECTION_WINDOW_END, day,
                settings.objectionWorkingDays()), actor);
        Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, end.dueDate()),
                actor);
        Optional<TargetRelease> target = releases.firstOnOrAfter(earliest.dueDate());
        target.ifPresent(this::target);
        return append(TimelineKind.FAST_TRACK_DECIDED, day, "The Panel approved the Fast-Track unanimously (" + tally
                + "). Objections may be raised until " + CLOSE.format(end.due()) + "; earliest implementation "
                + DAY.format(earliest.dueDate()) + target.map(r -> "; target: " + r.name() + ".").orElse("."), cast, actor);
    }

    /** A Party objects to the Fast-Track within the window: it must go down another route. */
    public TimelineEvent recordObjection(String party, String grounds, LocalDate on, Actor actor) {
        requireActiveIn("record an objection", Stage.OBJECTION_WINDOW);
        String who = text("party", party, Proposer.MAX, "Name the Party that objects.");
        String why = text("grounds", grounds, REASON_MAX, "Give the grounds of the objection.");
        LocalDate day = dated(on, actor);
        KeyDate end = current(KeyDateKind.OBJECTION_WINDOW_END).orElseThrow();
        if (day.isAfter(end.dueDate())) {
            throw new StepRefused("The objection window closed at " + CLOSE.format(end.due()) + "; an objection on "
                    + DAY.format(day) + " is too late.");
        }
        fastTrackRuledOut = true;
        stage = Stage.AWAITING_CONVERSION;
        clearTarget();
        return append(TimelineKind.OBJECTION_RECORDED, day, who + " objected to the Fast-Track: " + why
                + " It must go down another route.", List.of(), actor);
    }

    /** The objection window ran out with no objection: the Panel's decision is final. */
    public TimelineEvent closeObjectionWindow(Actor actor) {
        requireIn("close the objection window", Stage.OBJECTION_WINDOW);
        KeyDate end = requireDue(KeyDateKind.OBJECTION_WINDOW_END, actor);
        stage = Stage.APPROVED;
        return append(TimelineKind.OBJECTION_WINDOW_CLOSED, end.dueDate(), "No objection by "
                + CLOSE.format(end.due()) + ": the Panel's Fast-Track approval is final.", List.of(), actor);
    }

    // ---- Refinement and Report Phase -----------------------------------------------------------

    /** A Refinement step recorded as an event: a Working Group meeting, a DCC impact assessment, legal text, the consultation. */
    public TimelineEvent recordRefinementEvent(String what, String details, LocalDate on, Actor actor) {
        requireActiveIn("record a Refinement event", Stage.REFINEMENT);
        String kind = text("what", what, 100, "Say what happened (e.g. 'Working Group meeting', 'DCC PIA requested').");
        String text = text("details", details, REASON_MAX, "Give the details.");
        return append(TimelineKind.REFINEMENT_EVENT, dated(on, actor), kind + ": " + text, List.of(), actor);
    }

    /** Refinement is done: SECAS writes the Modification Report. */
    public TimelineEvent completeRefinement(LocalDate on, Actor actor) {
        requireActiveIn("complete Refinement", Stage.REFINEMENT);
        LocalDate day = dated(on, actor);
        stage = Stage.REPORT_PHASE;
        return append(TimelineKind.REFINEMENT_COMPLETED, day, "Refinement completed; the Modification Report is being"
                + " written.", List.of(), actor);
    }

    /** The Panel approves the Modification Report for consultation at its meeting; the consultation closes 17:00 after N Working Days. */
    public TimelineEvent approveReport(LocalDate meeting, Deadlines deadlines, LifecycleSettings settings, Actor actor) {
        requireActiveIn("approve the Modification Report", Stage.REPORT_PHASE);
        LocalDate day = dated(meeting, actor);
        int days = urgent && urgentConsultationDays != null ? urgentConsultationDays : settings.consultationWorkingDays();
        stage = Stage.REPORT_CONSULTATION;
        Deadline close = keyDate(deadlines.closingAfter(KeyDateKind.CONSULTATION_CLOSE, day, days), actor);
        return append(TimelineKind.REPORT_APPROVED, day, "The Panel approved the Modification Report for consultation;"
                + " the consultation closes at " + CLOSE.format(close.due()) + (urgent ? " (urgent timetable)." : "."),
                List.of(), actor);
    }

    /** The consultation's close time has passed: the report goes to the Change Board. */
    public TimelineEvent closeConsultation(Actor actor) {
        requireIn("close the consultation", Stage.REPORT_CONSULTATION);
        KeyDate close = requireDue(KeyDateKind.CONSULTATION_CLOSE, actor);
        stage = Stage.CHANGE_BOARD;
        return append(TimelineKind.CONSULTATION_CLOSED, close.dueDate(), "The Modification Report Consultation closed at "
                + CLOSE.format(close.due()) + "; the Change Board votes next.", List.of(), actor);
    }

    // ---- Change Board, Authority, appeal -------------------------------------------------------

    /**
     * The Change Board's vote at its meeting, per member and party category, aggregated by the
     * configured rule. Paths 1 and 2: a recommendation to the Authority. Path 3: the decision, which
     * Parties may appeal within {@code appealWorkingDays}.
     */
    public TimelineEvent recordChangeBoardVote(LocalDate meeting, List<MemberVote> votes, Deadlines deadlines,
            LifecycleSettings settings, Actor actor) {
        requireActiveIn("record the Change Board's vote", Stage.CHANGE_BOARD);
        LocalDate day = dated(meeting, actor);
        List<MemberVote> cast = requireVotes(votes, true);
        ChangeBoardRule.Result result = settings.changeBoardRule().apply(cast);
        changeBoardOutcome = result.overall();
        String perCategory = result.perCategory().entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue().label().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
        String outcome = "Change Board " + (result.overall() == Vote.APPROVE ? "approved" : "rejected") + " ("
                + perCategory + "; rule: " + result.rule().description() + ").";
        if (path.authorityDecides()) {
            stage = Stage.AUTHORITY_DECISION;
            return append(TimelineKind.CHANGE_BOARD_VOTED, day, outcome + " Its recommendation goes to the Authority.",
                    cast, actor);
        }
        stage = Stage.APPEAL_WINDOW;
        Deadline end = keyDate(deadlines.closingAfter(KeyDateKind.APPEAL_WINDOW_END, day, settings.appealWorkingDays()),
                actor);
        if (result.overall() == Vote.APPROVE) {
            Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                    end.dueDate()), actor);
            return append(TimelineKind.CHANGE_BOARD_VOTED, day, outcome + " Parties may appeal to the Authority until "
                    + CLOSE.format(end.due()) + "; earliest implementation " + DAY.format(earliest.dueDate()) + ".",
                    cast, actor);
        }
        return append(TimelineKind.CHANGE_BOARD_VOTED, day, outcome + " Parties may appeal to the Authority until "
                + CLOSE.format(end.due()) + ".", cast, actor);
    }

    /** The Authority's determination (Paths 1 and 2): approve, reject, or send the report back for more work. */
    public TimelineEvent recordAuthorityDecision(AuthorityDecision decision, String reason, LocalDate on,
            Deadlines deadlines, Actor actor) {
        requireActiveIn("record the Authority's decision", Stage.AUTHORITY_DECISION);
        if (decision == null) {
            throw new InvalidModificationRequest("decision", "Give the decision: APPROVE, REJECT or SEND_BACK.");
        }
        if (decision == AuthorityDecision.SEND_BACK && (reason == null || reason.isBlank())) {
            throw new InvalidModificationRequest("reason", "Say what more work the Authority asks for.");
        }
        LocalDate day = dated(on, actor);
        String why = optional(reason);
        switch (decision) {
            case APPROVE -> {
                stage = Stage.APPROVED;
                Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, day),
                        actor);
                return append(TimelineKind.AUTHORITY_DECIDED, day, "The Authority approved the modification; earliest"
                        + " implementation " + DAY.format(earliest.dueDate()) + "." + why, List.of(), actor);
            }
            case REJECT -> {
                stage = Stage.REJECTED;
                return append(TimelineKind.AUTHORITY_DECIDED, day, "The Authority rejected the modification." + why,
                        List.of(), actor);
            }
            default -> {
                stage = Stage.REFINEMENT;
                changeBoardOutcome = null;
                return append(TimelineKind.AUTHORITY_DECIDED, day, "The Authority sent the Modification Report back for"
                        + " more work; it returns to Refinement." + why, List.of(), actor);
            }
        }
    }

    /** A Party appeals the Change Board's Path 3 decision to the Authority, within the window. */
    public TimelineEvent recordAppeal(String party, String grounds, LocalDate on, Actor actor) {
        requireActiveIn("record an appeal", Stage.APPEAL_WINDOW);
        String who = text("party", party, Proposer.MAX, "Name the Party that appeals.");
        String why = text("grounds", grounds, REASON_MAX, "Give the grounds of the appeal.");
        LocalDate day = dated(on, actor);
        KeyDate end = current(KeyDateKind.APPEAL_WINDOW_END).orElseThrow();
        if (day.isAfter(end.dueDate())) {
            throw new StepRefused("The appeal window closed at " + CLOSE.format(end.due()) + "; an appeal on "
                    + DAY.format(day) + " is too late.");
        }
        stage = Stage.APPEAL;
        return append(TimelineKind.APPEAL_RECORDED, day, who + " appealed to the Authority: " + why, List.of(), actor);
    }

    /** The appeal window ran out: the Change Board's decision stands. */
    public TimelineEvent closeAppealWindow(Actor actor) {
        requireIn("close the appeal window", Stage.APPEAL_WINDOW);
        KeyDate end = requireDue(KeyDateKind.APPEAL_WINDOW_END, actor);
        stage = changeBoardOutcome == Vote.APPROVE ? Stage.APPROVED : Stage.REJECTED;
        return append(TimelineKind.APPEAL_WINDOW_CLOSED, end.dueDate(), "No appeal by " + CLOSE.format(end.due())
                + ": the Change Board's decision to " + (stage == Stage.APPROVED ? "approve" : "reject") + " is final.",
                List.of(), actor);
    }

    /** The Authority decides the appeal: it approves or rejects the modification. */
    public TimelineEvent decideAppeal(AuthorityDecision decision, String reason, LocalDate on, Deadlines deadlines,
            Actor actor) {
        requireActiveIn("record the Authority's decision on the appeal", Stage.APPEAL);
        if (decision == null || decision == AuthorityDecision.SEND_BACK) {
            throw new InvalidModificationRequest("decision", "On an appeal the Authority decides APPROVE or REJECT.");
        }
        LocalDate day = dated(on, actor);
        if (decision == AuthorityDecision.REJECT) {
            stage = Stage.REJECTED;
            return append(TimelineKind.APPEAL_DECIDED, day, "On appeal, the Authority rejected the modification."
                    + optional(reason), List.of(), actor);
        }
        stage = Stage.APPROVED;
        Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, day), actor);
        return append(TimelineKind.APPEAL_DECIDED, day, "On appeal, the Authority approved the modification; earliest"
                + " implementation " + DAY.format(earliest.dueDate()) + "." + optional(reason), List.of(), actor);
    }

    // ---- Implementation ------------------------------------------------------------------------

    /** The earliest date the approved modification may be implemented on. */
    public Optional<LocalDate> earliestImplementation() {
        return current(KeyDateKind.EARLIEST_IMPLEMENTATION).map(KeyDate::dueDate);
    }

    /** Schedules the approved modification into a release on or after its earliest implementation date. */
    public TimelineEvent schedule(TargetRelease release, Deadline implementation, Actor actor) {
        requireIn("schedule", Stage.APPROVED);
        if (release == null) {
            throw new InvalidModificationRequest("release", "Choose the SEC Release.");
        }
        LocalDate earliest = earliestImplementation().orElse(actor.today());
        if (release.date().isBefore(earliest)) {
            throw new InvalidModificationRequest("release", release.name() + " (" + DAY.format(release.date())
                    + ") is before the earliest implementation date, " + DAY.format(earliest) + ".");
        }
        target(release);
        stage = Stage.SCHEDULED;
        keyDate(implementation, actor);
        return append(TimelineKind.SCHEDULED, actor.today(), "Scheduled for the " + release.name() + " on "
                + DAY.format(release.date()) + ".", List.of(), actor);
    }

    /**
     * SECAS sets (or changes) the release an open case is aimed at, before its approval (a planning
     * target, which scheduling keeps if it is still on or after the earliest implementation date) or
     * once it is scheduled (its implementation date follows the new release). An approved case waiting
     * for a release is scheduled with {@link #schedule} instead.
     */
    public TimelineEvent retarget(TargetRelease release, String reason, Deadline implementation, Actor actor) {
        if (!stage.isOpen() || withdrawalPending) {
            throw new StepRefused("Cannot choose a release for " + reference() + ": it is "
                    + (withdrawalPending ? "withdrawn and waits for adoption." : stage.label().toLowerCase(Locale.UK) + "."));
        }
        if (stage == Stage.APPROVED) {
            throw new StepRefused(reference() + " is approved and waits to be scheduled: schedule it into a release.");
        }
        if (release == null) {
            throw new InvalidModificationRequest("release", "Choose the SEC Release.");
        }
        if (release.id() == (targetReleaseId == null ? -1 : targetReleaseId)) {
            throw new InvalidModificationRequest("release", release.name() + " is already " + reference() + "'s target.");
        }
        if (release.date().isBefore(actor.today())) {
            throw new InvalidModificationRequest("release", release.name() + " (" + DAY.format(release.date())
                    + ") is in the past.");
        }
        Optional<LocalDate> earliest = earliestImplementation();
        if (earliest.isPresent() && release.date().isBefore(earliest.get())) {
            throw new InvalidModificationRequest("release", release.name() + " (" + DAY.format(release.date())
                    + ") is before the earliest implementation date, " + DAY.format(earliest.get()) + ".");
        }
        String from = targetReleaseName;
        target(release);
        if (stage == Stage.SCHEDULED) {
            keyDate(implementation, actor);
        }
        return append(TimelineKind.RELEASE_CHOSEN, actor.today(), (stage == Stage.SCHEDULED ? "Now scheduled for the "
                : "Target: the ") + release.name() + " on " + DAY.format(release.date())
                + (from == null ? "" : " (was the " + from + ")") + "." + optional(reason), List.of(), actor);
    }

    /** No release is available on or after the earliest implementation date: SECAS must choose or create one. */
    public TimelineEvent releaseNeeded(Actor actor) {
        requireIn("ask for a release", Stage.APPROVED);
        return append(TimelineKind.RELEASE_NEEDED, actor.today(), "No SEC Release is planned on or after "
                + earliestImplementation().map(DAY::format).orElse("today") + ": SECAS is to choose one.", List.of(), actor);
    }

    /** The target release moved: the case records it, and a scheduled case's implementation date follows it. */
    public Optional<TimelineEvent> releaseMoved(TargetRelease moved, String reason, Deadline implementation, Actor actor) {
        if (!stage.isOpen() || targetReleaseId == null || targetReleaseId != moved.id()
                || moved.date().equals(targetReleaseDate)) {
            return Optional.empty();
        }
        LocalDate from = targetReleaseDate;
        target(moved);
        if (stage == Stage.SCHEDULED) {
            keyDate(implementation, actor);
        }
        return Optional.of(append(TimelineKind.RELEASE_MOVED, actor.today(), moved.name() + " moved from "
                + DAY.format(from) + " to " + DAY.format(moved.date()) + optional(reason), List.of(), actor));
    }

    /** The release went live: the modification is implemented. */
    public TimelineEvent implemented(LocalDate on, Actor actor) {
        requireIn("record the implementation", Stage.SCHEDULED);
        LocalDate day = dated(on, actor);
        stage = Stage.IMPLEMENTED;
        implementationDate = day;
        return append(TimelineKind.IMPLEMENTED, day, "Implemented in the " + targetReleaseName + ".", List.of(), actor);
    }

    // ---- From any open stage -------------------------------------------------------------------

    /** The Proposer withdraws; another Party may adopt the proposal until the adoption window ends. */
    public TimelineEvent withdraw(String reason, LocalDate on, Deadlines deadlines, LifecycleSettings settings,
            Actor actor) {
        requireActive("withdraw");
        String why = text("reason", reason, REASON_MAX, "Say why the Proposer withdraws.");
        LocalDate day = dated(on, actor);
        withdrawalPending = true;
        Deadline end = keyDate(deadlines.closingAfter(KeyDateKind.ADOPTION_WINDOW_END, day,
                settings.adoptionWorkingDays()), actor);
        return append(TimelineKind.WITHDRAWN, day, "Withdrawn by " + proposer().describe() + ": " + why
                + " Another Party may adopt it until " + CLOSE.format(end.due()) + ".", List.of(), actor);
    }

    /** Another Party adopts the withdrawn proposal within the window and becomes its Proposer. */
    public TimelineEvent adopt(Proposer adopter, LocalDate on, Actor actor) {
        if (!withdrawalPending) {
            throw new StepRefused(reference() + " has not been withdrawn: there is nothing to adopt.");
        }
        if (adopter == null) {
            throw new InvalidModificationRequest("proposerParty", "Say which Party adopts the proposal.");
        }
        if (adopter.partyId() != null && adopter.partyId().equals(proposerPartyId)) {
            throw new InvalidModificationRequest("proposerParty", adopter.partyName() + " withdrew " + reference()
                    + ": another Party may adopt it, not the one that withdrew it.");
        }
        LocalDate day = dated(on, actor);
        KeyDate end = current(KeyDateKind.ADOPTION_WINDOW_END).orElseThrow();
        if (day.isAfter(end.dueDate())) {
            throw new StepRefused("The adoption window closed at " + CLOSE.format(end.due()) + ".");
        }
        withdrawalPending = false;
        proposerPartyId = adopter.partyId();
        proposerPartyName = adopter.partyName();
        proposerPerson = adopter.person();
        onBehalfOf = adopter.onBehalfOf();
        return append(TimelineKind.ADOPTED, day, "Adopted by " + adopter.describe() + ", now its Proposer.", List.of(),
                actor);
    }

    /** Nobody adopted the withdrawn proposal in time: it is closed as withdrawn. */
    public TimelineEvent closeWithdrawn(Actor actor) {
        if (!withdrawalPending || !stage.isOpen()) {
            throw new StepRefused(reference() + " is not waiting for adoption.");
        }
        KeyDate end = requireDue(KeyDateKind.ADOPTION_WINDOW_END, actor);
        withdrawalPending = false;
        stage = Stage.WITHDRAWN;
        clearTarget();
        return append(TimelineKind.CLOSED_WITHDRAWN, end.dueDate(), "No Party adopted it by " + CLOSE.format(end.due())
                + ": closed as withdrawn.", List.of(), actor);
    }

    public TimelineEvent putOnHold(String reason, LocalDate on, Actor actor) {
        requireActive("put on hold");
        String why = text("reason", reason, REASON_MAX, "Say why the case is put on hold.");
        LocalDate day = dated(on, actor);
        onHold = true;
        return append(TimelineKind.PUT_ON_HOLD, day, "Put on hold: " + why, List.of(), actor);
    }

    public TimelineEvent resume(LocalDate on, Actor actor) {
        if (!onHold || !stage.isOpen()) {
            throw new StepRefused(reference() + " is not on hold.");
        }
        LocalDate day = dated(on, actor);
        onHold = false;
        return append(TimelineKind.RESUMED, day, "Resumed at '" + stage.label() + "'.", List.of(), actor);
    }

    /**
     * Resumes the case and its Working Day windows: the clock of each window stopped on the day it was
     * put on hold, and the Working Days it still had run again from the day it resumes (at least one, so
     * a window never closes on the day it resumes). Each window that moved gets a new key date and a
     * timeline entry; an earliest implementation date that followed a moved window follows it again.
     * Returns the resumption and the moved deadlines.
     */
    public Resumption resume(LocalDate on, Deadlines deadlines, Actor actor) {
        if (!onHold || !stage.isOpen()) {
            throw new StepRefused(reference() + " is not on hold.");
        }
        LocalDate day = dated(on, actor);
        LocalDate heldOn = events.stream().filter(e -> e.kind() == TimelineKind.PUT_ON_HOLD)
                .reduce((a, b) -> b).map(TimelineEvent::occurredOn).orElse(day);
        if (day.isBefore(heldOn)) {
            throw new InvalidModificationRequest("date", "The case was put on hold on " + DAY.format(heldOn)
                    + ": it cannot resume before that.");
        }
        List<KeyDate> running = openDeadlines();
        TimelineEvent resumed = resume(day, actor);
        List<Deadline> moved = new ArrayList<>();
        for (KeyDate k : running) {
            if (k.workingDays().isEmpty() || heldOn.isBefore(k.anchor())) {
                continue;
            }
            int used = deadlines.workingDaysBetween(k.anchor(), heldOn);
            int left = Math.max(1, k.workingDays().get() - used);
            Deadline again = deadlines.closingAfter(k.kind(), day, left);
            if (again.due().toInstant().equals(k.dueAt())) {
                continue;
            }
            keyDate(again, actor);
            moved.add(again);
            append(TimelineKind.DEADLINE_MOVED, day, k.kind().label() + ": moved from " + DAY.format(k.dueDate())
                    + " to " + DAY.format(again.dueDate()) + " because the case was on hold from "
                    + DAY.format(heldOn) + " to " + DAY.format(day) + " (" + left + " of its " + k.workingDays().get()
                    + " Working Days were left). " + again.explanation(), List.of(), actor);
            if (k.kind() == KeyDateKind.OBJECTION_WINDOW_END || k.kind() == KeyDateKind.APPEAL_WINDOW_END) {
                Optional<KeyDate> earliest = current(KeyDateKind.EARLIEST_IMPLEMENTATION)
                        .filter(e -> !e.dueDate().isBefore(k.dueDate()));
                if (earliest.isPresent()) {
                    Deadline next = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION,
                            again.dueDate()), actor);
                    moved.add(next);
                }
            }
        }
        if (!moved.isEmpty()) {
            latestUpdate = resumed.summary();
            latestUpdateOn = day;
        }
        return new Resumption(resumed, moved);
    }

    /** A resumption and the deadlines it moved. */
    public record Resumption(TimelineEvent event, List<Deadline> moved) {
    }

    /** Another case replaces this one; it closes, linked to its successor. */
    public TimelineEvent supersede(ModificationReference successor, String reason, LocalDate on, Actor actor) {
        if (!stage.isOpen()) {
            throw new StepRefused(reference() + " is " + stage.label().toLowerCase(Locale.UK) + ": it cannot be superseded.");
        }
        if (successor == null || (successor.number() == number && successor.isLegacy() == legacy)) {
            throw new InvalidModificationRequest("supersededBy", "Name the other case that supersedes this one.");
        }
        LocalDate day = dated(on, actor);
        stage = Stage.SUPERSEDED;
        withdrawalPending = false;
        onHold = false;
        supersededBy = successor.toString();
        clearTarget();
        return append(TimelineKind.SUPERSEDED, day, "Superseded by " + supersededBy + "." + optional(reason), List.of(),
                actor);
    }

    /** A dated note for the register ("latest update"). */
    public TimelineEvent recordUpdate(String text, LocalDate on, Actor actor) {
        String note = text("text", text, REASON_MAX, "Write the update.");
        return append(TimelineKind.UPDATE, dated(on, actor), note, List.of(), actor);
    }

    // ---- Deadlines -----------------------------------------------------------------------------

    /** The deadlines still running, in force now. */
    public List<KeyDate> openDeadlines() {
        List<KeyDate> open = new ArrayList<>();
        for (KeyDate k : keyDates()) {
            boolean running = switch (k.kind()) {
                case ADOPTION_WINDOW_END -> withdrawalPending && stage.isOpen();
                case EARLIEST_IMPLEMENTATION -> stage == Stage.OBJECTION_WINDOW || stage == Stage.APPEAL_WINDOW
                        || stage == Stage.APPEAL || stage == Stage.APPROVED;
                default -> k.kind().runsDuring() == stage;
            };
            if (running) {
                open.add(k);
            }
        }
        return open;
    }

    /**
     * Computes the running Working Day deadlines again (the calendar changed); each that moved gets a
     * new key date and a timeline entry saying from when to when and why. Returns the moved ones.
     */
    public List<Deadline> recomputeDeadlines(Deadlines deadlines, String why, Actor actor) {
        List<Deadline> moved = new ArrayList<>();
        for (KeyDate k : openDeadlines()) {
            Deadline again;
            if (k.workingDays().isPresent()) {
                again = deadlines.closingAfter(k.kind(), k.anchor(), k.workingDays().get());
            } else if (k.kind() == KeyDateKind.EARLIEST_IMPLEMENTATION) {
                LocalDate windowEnd = moved.stream().filter(d -> d.kind() == KeyDateKind.OBJECTION_WINDOW_END
                        || d.kind() == KeyDateKind.APPEAL_WINDOW_END).map(Deadline::dueDate).findFirst()
                        .orElse(null);
                again = windowEnd == null ? deadlines.firstWorkingDayAfter(k.kind(), k.anchor())
                        : deadlines.firstWorkingDayAfter(k.kind(), windowEnd);
            } else {
                continue;
            }
            Optional<MovedDeadline> move = MovedDeadline.of(k.dueAt(), again.due());
            if (move.isPresent()) {
                keyDate(again, actor);
                moved.add(again);
                append(TimelineKind.DEADLINE_MOVED, actor.today(), move.get().describe(k.kind().label(), why) + " "
                        + again.explanation(), List.of(), actor);
            }
        }
        return moved;
    }

    /** The key dates in force: the latest computed of each kind, in kind order. */
    public List<KeyDate> keyDates() {
        Map<KeyDateKind, KeyDate> latest = new LinkedHashMap<>();
        keyDates.forEach(k -> latest.put(k.kind(), k));
        return latest.values().stream().sorted(Comparator.comparing(KeyDate::kind)).toList();
    }

    /** Every key date ever computed, oldest first (a recomputation leaves the earlier one on record). */
    public List<KeyDate> keyDateHistory() {
        return Collections.unmodifiableList(keyDates);
    }

    public Optional<KeyDate> current(KeyDateKind kind) {
        return keyDates().stream().filter(k -> k.kind() == kind).findFirst();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private KeyDate requireDue(KeyDateKind kind, Actor actor) {
        KeyDate due = current(kind).orElseThrow(() -> new StepRefused(reference() + " has no " + kind.label() + "."));
        if (actor.now().isBefore(due.dueAt())) {
            throw new StepRefused(kind.label() + " is " + CLOSE.format(due.due()) + ": not yet.");
        }
        return due;
    }

    private void target(TargetRelease release) {
        targetReleaseId = release.id();
        targetReleaseName = release.name();
        targetReleaseDate = release.date();
    }

    private void clearTarget() {
        targetReleaseId = null;
        targetReleaseName = null;
        targetReleaseDate = null;
    }

    private Deadline keyDate(Deadline deadline, Actor actor) {
        keyDates.add(new KeyDate(this, deadline, actor.username(), actor.now()));
        return deadline;
    }

    private TimelineEvent append(TimelineKind kind, LocalDate on, String summary, List<MemberVote> votes, Actor actor) {
        TimelineEvent event = new TimelineEvent(this, kind, on, summary, stage, votes, actor.username(), actor.now());
        events.add(event);
        latestUpdate = event.summary();
        latestUpdateOn = on;
        return event;
    }

    private void requireActiveIn(String verb, Stage expected) {
        requireActive(verb);
        requireIn(verb, expected);
    }

    private void requireIn(String verb, Stage expected) {
        if (stage != expected) {
            throw new StepRefused("Cannot " + verb + " on " + reference() + ": it is at '" + stage.label()
                    + "', not '" + expected.label() + "'.");
        }
    }

    /** Open, not on hold, not withdrawn waiting for adoption: a person may move it on. */
    private void requireActive(String verb) {
        if (!stage.isOpen()) {
            throw new StepRefused("Cannot " + verb + " " + reference() + ": it is " + stage.label().toLowerCase(Locale.UK) + ".");
        }
        if (onHold) {
            throw new StepRefused("Cannot " + verb + " " + reference() + ": it is on hold; resume it first.");
        }
        if (withdrawalPending) {
            throw new StepRefused("Cannot " + verb + " " + reference() + ": it was withdrawn and waits for another"
                    + " Party to adopt it.");
        }
    }

    private LocalDate dated(LocalDate on, Actor actor) {
        LocalDate day = pastOrToday("date", on, actor);
        if (day.isBefore(raisedOn)) {
            throw new InvalidModificationRequest("date", "The date " + DAY.format(day) + " is before the case was raised ("
                    + DAY.format(raisedOn) + ").");
        }
        return day;
    }

    private static LocalDate pastOrToday(String field, LocalDate on, Actor actor) {
        if (on == null) {
            throw new InvalidModificationRequest(field, "Give the date it happened on (YYYY-MM-DD).");
        }
        if (on.isAfter(actor.today())) {
            throw new InvalidModificationRequest(field, "The date " + DAY.format(on) + " is in the future: record a"
                    + " meeting or event on the day or after.");
        }
        if (on.getYear() < 2000) {
            throw new InvalidModificationRequest(field, "The date " + on + " is before the SEC existed.");
        }
        return on;
    }

    private static List<MemberVote> requireVotes(List<MemberVote> votes, boolean perCategory) {
        if (votes == null || votes.isEmpty()) {
            throw new InvalidModificationRequest("votes", "Record each member's vote.");
        }
        if (votes.stream().map(MemberVote::member).distinct().count() != votes.size()) {
            throw new InvalidModificationRequest("votes", "Each member votes once.");
        }
        if (perCategory && votes.stream().anyMatch(v -> v.category() == null)) {
            throw new InvalidModificationRequest("votes", "Each Change Board member sits for a party category: give it.");
        }
        return List.copyOf(votes);
    }

    private static String tally(List<MemberVote> votes) {
        return Arrays.stream(Vote.values()).map(v -> votes.stream().filter(m -> m.vote() == v).count() + " "
                + v.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", "));
    }

    private static String text(String field, String value, int max, String problem) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidModificationRequest(field, problem + " (up to " + max + " characters)");
        }
        return value.strip();
    }

    private static String optional(String reason) {
        return reason == null || reason.isBlank() ? "" : " " + reason.strip();
    }

    private static Stage stageOf(Route route) {
        return switch (route) {
            case REFINEMENT -> Stage.REFINEMENT;
            case REPORT_PHASE -> Stage.REPORT_PHASE;
            case FAST_TRACK -> Stage.FAST_TRACK_DECISION;
        };
    }

    // ---- reading -------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    /** {@code DP168} until converted, then {@code MP168}; {@code SECMP0107} for a legacy case. */
    public ModificationReference reference() {
        return new ModificationReference(legacy ? ModificationReference.Kind.LEGACY
                : converted ? ModificationReference.Kind.PROPOSAL : ModificationReference.Kind.DRAFT, number);
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String issue() {
        return issue;
    }

    public Optional<String> solution() {
        return Optional.ofNullable(solution);
    }

    public Set<PartyCategory> impacted() {
        Set<PartyCategory> set = EnumSet.noneOf(PartyCategory.class);
        Arrays.stream(impactedCategories.split(",")).filter(s -> !s.isBlank()).map(PartyCategory::valueOf)
                .forEach(set::add);
        return set;
    }

    public List<String> documentsAffected() {
        return documentsAffected.isBlank() ? List.of() : List.of(documentsAffected.split("\n"));
    }

    public Proposer proposer() {
        return new Proposer(proposerPartyId, proposerPartyName, proposerPerson, onBehalfOf);
    }

    public Optional<String> leadAnalyst() {
        return Optional.ofNullable(leadAnalyst);
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public Stage stage() {
        return stage;
    }

    public Optional<ModificationPath> path() {
        return Optional.ofNullable(path);
    }

    public Optional<Route> route() {
        return Optional.ofNullable(route);
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isOnHold() {
        return onHold;
    }

    public boolean isWithdrawalPending() {
        return withdrawalPending;
    }

    public Optional<Vote> changeBoardOutcome() {
        return Optional.ofNullable(changeBoardOutcome);
    }

    public Classification classification() {
        return classification;
    }

    /** Public register: White cases past SECAS's pre-check (a Draft Proposal awaiting it is the Proposer's own). */
    public boolean isPublic() {
        return classification == Classification.WHITE && stage != Stage.DRAFT_PROPOSAL;
    }

    public Optional<TargetRelease> targetRelease() {
        return targetReleaseId == null ? Optional.empty()
                : Optional.of(new TargetRelease(targetReleaseId, targetReleaseName, targetReleaseDate));
    }

    public Optional<LocalDate> implementationDate() {
        return Optional.ofNullable(implementationDate);
    }

    public String latestUpdate() {
        return latestUpdate;
    }

    public LocalDate latestUpdateOn() {
        return latestUpdateOn;
    }

    public Optional<String> alternativeOf() {
        return Optional.ofNullable(alternativeOf);
    }

    public Optional<String> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** The timeline, oldest first. */
    public List<TimelineEvent> timeline() {
        return Collections.unmodifiableList(events);
    }
}
