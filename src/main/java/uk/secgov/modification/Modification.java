package uk.secgov.modification;

import static uk.secgov.modification.CaseInput.pastOrToday;
import static uk.secgov.modification.CaseInput.text;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.party.PartyCategory;

/**
 * A modification case: a Draft Proposal and, once the Panel converts it, the Modification Proposal
 * it becomes. Every change is a guarded verb that appends a {@link TimelineEvent} (dated with the day
 * it happened, which for a meeting may be in the past) and, where it starts a window, a
 * {@link KeyDate} with how it was computed. Nothing recorded is changed: the columns below the
 * timeline (stage, path, latest update, ...) are the projection the verbs keep current.
 *
 * <p>What is here: the verbs of the lifecycle (about thirty, each with its guard and the timeline entry
 * it appends), the stage guards, the register's columns and their readers. What is not a verb or a
 * guard lives in its own type: what the case is about ({@link CaseText}), {@link Proposer} and
 * {@link TargetRelease} (embedded), {@link Votes}, {@link Conversion}, the key dates with the hold and
 * recompute arithmetic ({@link CaseDeadlines}, over the {@code keyDates} list mapped here), the checks
 * on typed input ({@link CaseInput}) and the timeline's sentences ({@link TimelineWording}).
 *
 * <p>It is still about 900 lines, not 450: the verbs with their guards and comments are over 500 on
 * their own, and the columns with their readers about 250 more. The stage, hold and withdrawal
 * columns stay single attributes: the verbs set them and the register's queries name them
 * ({@code m.stage}, {@code m.withdrawalPending}); an embeddable would move those lines, not remove them.
 */
@Entity
@Table(name = "modification")
public class Modification {

    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private boolean legacy;

    @Column(nullable = false)
    private boolean converted;

    @Embedded
    private CaseText content;

    @Embedded
    private Proposer proposer;

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

    @Embedded
    private TargetRelease targetRelease;

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
        m.append(TimelineKind.RAISED, raisedOn, TimelineWording.raised(proposer), actor);
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
        m.append(TimelineKind.RAISED_FAST_TRACK, raisedOn, TimelineWording.raisedFastTrack(proposer), actor);
        return m;
    }

    private static Modification fresh(ModificationReference reference, CaseContent content, Proposer proposer,
            LocalDate raisedOn, Classification classification, ModificationReference alternativeOf, Actor actor) {
        Modification m = new Modification();
        m.number = reference.number();
        m.legacy = reference.isLegacy();
        m.converted = reference.kind() == ModificationReference.Kind.PROPOSAL;
        m.raisedOn = pastOrToday("raisedOn", raisedOn, actor);
        m.content = CaseText.of(content);
        m.proposer = proposer;
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
        return append(TimelineKind.PRECHECK_COMPLETED, day, TimelineWording.precheckCompleted(lead, why), actor);
    }

    /** The Change Sub-Committee's initial comment on the problem statement. */
    public TimelineEvent recordCscComment(String comment, LocalDate meeting, Actor actor) {
        requireActiveIn("record the CSC's comment", Stage.DEVELOPMENT);
        String text = text("comment", comment, REASON_MAX, "Give the CSC's comment.");
        return append(TimelineKind.CSC_COMMENTED, dated(meeting, actor), text, actor);
    }

    /** A sub-committee's views (SSC, TABASC, SMKI PMA, OPSG, ...). */
    public TimelineEvent recordSubCommitteeViews(String committee, String views, LocalDate on, Actor actor) {
        requireActiveIn("record a sub-committee's views", Stage.DEVELOPMENT);
        String who = text("committee", committee, 100, "Name the sub-committee (e.g. SSC, TABASC).");
        String text = text("views", views, REASON_MAX, "Give the sub-committee's views.");
        return append(TimelineKind.SUB_COMMITTEE_VIEWS, dated(on, actor), who + ": " + text, actor);
    }

    /** The CSC agrees the problem statement is defined: the case is ready for the Panel to convert. */
    public TimelineEvent agreeProblemStatement(LocalDate meeting, Actor actor) {
        requireActiveIn("record the CSC's agreement", Stage.DEVELOPMENT);
        LocalDate day = dated(meeting, actor);
        stage = Stage.AWAITING_CONVERSION;
        return append(TimelineKind.PROBLEM_STATEMENT_AGREED, day, TimelineWording.PROBLEM_STATEMENT_AGREED, actor);
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
        Conversion conversion = Conversion.of(newPath, newRoute, urgentRequested, fastTrackRuledOut, reference());
        LocalDate day = dated(meeting, actor);
        ModificationReference before = reference();
        converted = true;
        path = conversion.path();
        route = conversion.route();
        stage = conversion.stage();
        return append(TimelineKind.CONVERTED, day, TimelineWording.converted(before, reference(), conversion), actor);
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
        stage = route.firstStage();
        return append(TimelineKind.URGENCY_DECIDED, day,
                TimelineWording.urgencyDecided(agreed, consultationWorkingDays, reason), actor);
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
        Votes cast = Votes.of(votes, false);
        if (!cast.unanimousApproval()) {
            fastTrackRuledOut = true;
            stage = Stage.AWAITING_CONVERSION;
            return append(TimelineKind.FAST_TRACK_DECIDED, day, TimelineWording.fastTrackNotApproved(cast), cast.cast(),
                    actor);
        }
        stage = Stage.OBJECTION_WINDOW;
        Deadline end = keyDate(deadlines.closingAfter(KeyDateKind.OBJECTION_WINDOW_END, day,
                settings.objectionWorkingDays()), actor);
        Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, end.dueDate()),
                actor);
        Optional<TargetRelease> target = releases.firstOnOrAfter(earliest.dueDate());
        target.ifPresent(r -> targetRelease = r);
        return append(TimelineKind.FAST_TRACK_DECIDED, day, TimelineWording.fastTrackApproved(cast, end, earliest, target),
                cast.cast(), actor);
    }

    /** A Party objects to the Fast-Track within the window: it must go down another route. */
    public TimelineEvent recordObjection(String party, String grounds, LocalDate on, Actor actor) {
        requireActiveIn("record an objection", Stage.OBJECTION_WINDOW);
        String who = text("party", party, Proposer.MAX, "Name the Party that objects.");
        String why = text("grounds", grounds, REASON_MAX, "Give the grounds of the objection.");
        LocalDate day = dated(on, actor);
        KeyDate end = current(KeyDateKind.OBJECTION_WINDOW_END).orElseThrow();
        if (day.isAfter(end.dueDate())) {
            throw new StepRefused("The objection window closed at " + TimelineWording.close(end.due())
                    + "; an objection on " + TimelineWording.day(day) + " is too late.");
        }
        fastTrackRuledOut = true;
        stage = Stage.AWAITING_CONVERSION;
        targetRelease = null;
        return append(TimelineKind.OBJECTION_RECORDED, day, TimelineWording.objection(who, why), actor);
    }

    /** The objection window ran out with no objection: the Panel's decision is final. */
    public TimelineEvent closeObjectionWindow(Actor actor) {
        requireIn("close the objection window", Stage.OBJECTION_WINDOW);
        KeyDate end = dates().requireDue(KeyDateKind.OBJECTION_WINDOW_END, actor);
        stage = Stage.APPROVED;
        return append(TimelineKind.OBJECTION_WINDOW_CLOSED, end.dueDate(), TimelineWording.objectionWindowClosed(end),
                actor);
    }

    // ---- Refinement and Report Phase -----------------------------------------------------------

    /** A Refinement step recorded as an event: a Working Group meeting, a DCC impact assessment, legal text, the consultation. */
    public TimelineEvent recordRefinementEvent(String what, String details, LocalDate on, Actor actor) {
        requireActiveIn("record a Refinement event", Stage.REFINEMENT);
        String kind = text("what", what, 100, "Say what happened (e.g. 'Working Group meeting', 'DCC PIA requested').");
        String text = text("details", details, REASON_MAX, "Give the details.");
        return append(TimelineKind.REFINEMENT_EVENT, dated(on, actor), kind + ": " + text, actor);
    }

    /** Refinement is done: SECAS writes the Modification Report. */
    public TimelineEvent completeRefinement(LocalDate on, Actor actor) {
        requireActiveIn("complete Refinement", Stage.REFINEMENT);
        LocalDate day = dated(on, actor);
        stage = Stage.REPORT_PHASE;
        return append(TimelineKind.REFINEMENT_COMPLETED, day, TimelineWording.REFINEMENT_COMPLETED, actor);
    }

    /** The Panel approves the Modification Report for consultation at its meeting; the consultation closes 17:00 after N Working Days. */
    public TimelineEvent approveReport(LocalDate meeting, Deadlines deadlines, LifecycleSettings settings, Actor actor) {
        requireActiveIn("approve the Modification Report", Stage.REPORT_PHASE);
        LocalDate day = dated(meeting, actor);
        int days = urgent && urgentConsultationDays != null ? urgentConsultationDays : settings.consultationWorkingDays();
        stage = Stage.REPORT_CONSULTATION;
        Deadline close = keyDate(deadlines.closingAfter(KeyDateKind.CONSULTATION_CLOSE, day, days), actor);
        return append(TimelineKind.REPORT_APPROVED, day, TimelineWording.reportApproved(close, urgent), actor);
    }

    /** The consultation's close time has passed: the report goes to the Change Board. */
    public TimelineEvent closeConsultation(Actor actor) {
        requireIn("close the consultation", Stage.REPORT_CONSULTATION);
        KeyDate close = dates().requireDue(KeyDateKind.CONSULTATION_CLOSE, actor);
        stage = Stage.CHANGE_BOARD;
        return append(TimelineKind.CONSULTATION_CLOSED, close.dueDate(), TimelineWording.consultationClosed(close), actor);
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
        Votes cast = Votes.of(votes, true);
        ChangeBoardRule.Result result = settings.changeBoardRule().apply(cast.cast());
        changeBoardOutcome = result.overall();
        String outcome = TimelineWording.changeBoardOutcome(result);
        if (path.authorityDecides()) {
            stage = Stage.AUTHORITY_DECISION;
            return append(TimelineKind.CHANGE_BOARD_VOTED, day, TimelineWording.recommendationToAuthority(outcome),
                    cast.cast(), actor);
        }
        stage = Stage.APPEAL_WINDOW;
        Deadline end = keyDate(deadlines.closingAfter(KeyDateKind.APPEAL_WINDOW_END, day, settings.appealWorkingDays()),
                actor);
        Optional<Deadline> earliest = result.overall() != Vote.APPROVE ? Optional.empty()
                : Optional.of(keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, end.dueDate()),
                        actor));
        return append(TimelineKind.CHANGE_BOARD_VOTED, day, TimelineWording.appealable(outcome, end, earliest),
                cast.cast(), actor);
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
        switch (decision) {
            case APPROVE -> {
                stage = Stage.APPROVED;
                Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, day),
                        actor);
                return append(TimelineKind.AUTHORITY_DECIDED, day, TimelineWording.authorityApproved(earliest, reason),
                        actor);
            }
            case REJECT -> {
                stage = Stage.REJECTED;
                return append(TimelineKind.AUTHORITY_DECIDED, day, TimelineWording.authorityRejected(reason), actor);
            }
            default -> {
                stage = Stage.REFINEMENT;
                changeBoardOutcome = null;
                return append(TimelineKind.AUTHORITY_DECIDED, day, TimelineWording.authoritySentBack(reason), actor);
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
            throw new StepRefused("The appeal window closed at " + TimelineWording.close(end.due()) + "; an appeal on "
                    + TimelineWording.day(day) + " is too late.");
        }
        stage = Stage.APPEAL;
        return append(TimelineKind.APPEAL_RECORDED, day, TimelineWording.appeal(who, why), actor);
    }

    /** The appeal window ran out: the Change Board's decision stands. */
    public TimelineEvent closeAppealWindow(Actor actor) {
        requireIn("close the appeal window", Stage.APPEAL_WINDOW);
        KeyDate end = dates().requireDue(KeyDateKind.APPEAL_WINDOW_END, actor);
        stage = changeBoardOutcome == Vote.APPROVE ? Stage.APPROVED : Stage.REJECTED;
        return append(TimelineKind.APPEAL_WINDOW_CLOSED, end.dueDate(),
                TimelineWording.appealWindowClosed(end, stage == Stage.APPROVED), actor);
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
            return append(TimelineKind.APPEAL_DECIDED, day, TimelineWording.appealRejected(reason), actor);
        }
        stage = Stage.APPROVED;
        Deadline earliest = keyDate(deadlines.firstWorkingDayAfter(KeyDateKind.EARLIEST_IMPLEMENTATION, day), actor);
        return append(TimelineKind.APPEAL_DECIDED, day, TimelineWording.appealApproved(earliest, reason), actor);
    }

    // ---- Implementation ------------------------------------------------------------------------

    /** The earliest date the approved modification may be implemented on. */
    public Optional<LocalDate> earliestImplementation() {
        return current(KeyDateKind.EARLIEST_IMPLEMENTATION).map(KeyDate::dueDate);
    }

    /** Schedules the approved modification into a release on or after its earliest implementation date. */
    public TimelineEvent schedule(TargetRelease release, Deadline implementation, Actor actor) {
        requireIn("schedule", Stage.APPROVED);
        requireNotBefore(chosen(release), earliestImplementation().orElse(actor.today()));
        targetRelease = release;
        stage = Stage.SCHEDULED;
        keyDate(implementation, actor);
        return append(TimelineKind.SCHEDULED, actor.today(), TimelineWording.scheduled(release), actor);
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
        chosen(release);
        if (targetRelease != null && release.id() == targetRelease.id()) {
            throw new InvalidModificationRequest("release", release.name() + " is already " + reference() + "'s target.");
        }
        if (release.date().isBefore(actor.today())) {
            throw new InvalidModificationRequest("release", release.name() + " (" + TimelineWording.day(release.date())
                    + ") is in the past.");
        }
        requireNotBefore(release, earliestImplementation().orElse(LocalDate.MIN));
        Optional<TargetRelease> from = targetRelease();
        targetRelease = release;
        if (stage == Stage.SCHEDULED) {
            keyDate(implementation, actor);
        }
        return append(TimelineKind.RELEASE_CHOSEN, actor.today(),
                TimelineWording.releaseChosen(stage == Stage.SCHEDULED, release, from, reason), actor);
    }

    /** No release is available on or after the earliest implementation date: SECAS must choose or create one. */
    public TimelineEvent releaseNeeded(Actor actor) {
        requireIn("ask for a release", Stage.APPROVED);
        return append(TimelineKind.RELEASE_NEEDED, actor.today(), TimelineWording.releaseNeeded(earliestImplementation()),
                actor);
    }

    /** The target release moved: the case records it, and a scheduled case's implementation date follows it. */
    public Optional<TimelineEvent> releaseMoved(TargetRelease moved, String reason, Deadline implementation, Actor actor) {
        if (!stage.isOpen() || targetRelease == null || targetRelease.id() != moved.id()
                || moved.date().equals(targetRelease.date())) {
            return Optional.empty();
        }
        LocalDate from = targetRelease.date();
        targetRelease = moved;
        if (stage == Stage.SCHEDULED) {
            keyDate(implementation, actor);
        }
        return Optional.of(append(TimelineKind.RELEASE_MOVED, actor.today(),
                TimelineWording.releaseMoved(moved, from, reason), actor));
    }

    /** The release went live: the modification is implemented. */
    public TimelineEvent implemented(LocalDate on, Actor actor) {
        requireIn("record the implementation", Stage.SCHEDULED);
        LocalDate day = dated(on, actor);
        stage = Stage.IMPLEMENTED;
        implementationDate = day;
        return append(TimelineKind.IMPLEMENTED, day, TimelineWording.implemented(targetRelease), actor);
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
        return append(TimelineKind.WITHDRAWN, day, TimelineWording.withdrawn(proposer, why, end), actor);
    }

    /** Another Party adopts the withdrawn proposal within the window and becomes its Proposer. */
    public TimelineEvent adopt(Proposer adopter, LocalDate on, Actor actor) {
        if (!withdrawalPending) {
            throw new StepRefused(reference() + " has not been withdrawn: there is nothing to adopt.");
        }
        if (adopter == null) {
            throw new InvalidModificationRequest("proposerParty", "Say which Party adopts the proposal.");
        }
        if (adopter.partyId() != null && adopter.partyId().equals(proposer.partyId())) {
            throw new InvalidModificationRequest("proposerParty", adopter.partyName() + " withdrew " + reference()
                    + ": another Party may adopt it, not the one that withdrew it.");
        }
        LocalDate day = dated(on, actor);
        KeyDate end = current(KeyDateKind.ADOPTION_WINDOW_END).orElseThrow();
        if (day.isAfter(end.dueDate())) {
            throw new StepRefused("The adoption window closed at " + TimelineWording.close(end.due()) + ".");
        }
        withdrawalPending = false;
        proposer = adopter;
        return append(TimelineKind.ADOPTED, day, TimelineWording.adopted(adopter), actor);
    }

    /** Nobody adopted the withdrawn proposal in time: it is closed as withdrawn. */
    public TimelineEvent closeWithdrawn(Actor actor) {
        if (!withdrawalPending || !stage.isOpen()) {
            throw new StepRefused(reference() + " is not waiting for adoption.");
        }
        KeyDate end = dates().requireDue(KeyDateKind.ADOPTION_WINDOW_END, actor);
        withdrawalPending = false;
        stage = Stage.WITHDRAWN;
        targetRelease = null;
        return append(TimelineKind.CLOSED_WITHDRAWN, end.dueDate(), TimelineWording.closedWithdrawn(end), actor);
    }

    public TimelineEvent putOnHold(String reason, LocalDate on, Actor actor) {
        requireActive("put on hold");
        String why = text("reason", reason, REASON_MAX, "Say why the case is put on hold.");
        LocalDate day = dated(on, actor);
        onHold = true;
        return append(TimelineKind.PUT_ON_HOLD, day, TimelineWording.putOnHold(why), actor);
    }

    /**
     * Resumes the case and its Working Day windows ({@link CaseDeadlines#afterHold}): each window that
     * stood still and moved gets a new key date and a timeline entry saying why, and an earliest
     * implementation date that followed a moved window follows it again. Returns the resumption and
     * the moved deadlines.
     */
    public Resumption resume(LocalDate on, Deadlines deadlines, Actor actor) {
        if (!onHold || !stage.isOpen()) {
            throw new StepRefused(reference() + " is not on hold.");
        }
        LocalDate day = dated(on, actor);
        LocalDate heldOn = events.stream().filter(e -> e.kind() == TimelineKind.PUT_ON_HOLD)
                .reduce((a, b) -> b).map(TimelineEvent::occurredOn).orElse(day);
        if (day.isBefore(heldOn)) {
            throw new InvalidModificationRequest("date", "The case was put on hold on " + TimelineWording.day(heldOn)
                    + ": it cannot resume before that.");
        }
        List<KeyDate> running = openDeadlines();
        onHold = false;
        TimelineEvent resumed = append(TimelineKind.RESUMED, day, TimelineWording.resumed(stage), actor);
        List<Deadline> moved = new ArrayList<>();
        for (CaseDeadlines.HeldWindow held : dates().afterHold(running, heldOn, day, deadlines, actor)) {
            moved.add(held.to());
            held.earliest().ifPresent(moved::add);
            append(TimelineKind.DEADLINE_MOVED, day, TimelineWording.deadlineHeld(held, heldOn, day), actor);
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
        targetRelease = null;
        return append(TimelineKind.SUPERSEDED, day, TimelineWording.superseded(supersededBy, reason), actor);
    }

    /** A dated note for the register ("latest update"). */
    public TimelineEvent recordUpdate(String text, LocalDate on, Actor actor) {
        String note = text("text", text, REASON_MAX, "Write the update.");
        return append(TimelineKind.UPDATE, dated(on, actor), note, actor);
    }

    // ---- Deadlines -----------------------------------------------------------------------------

    /** The deadlines still running, in force now. */
    public List<KeyDate> openDeadlines() {
        return dates().running(stage, withdrawalPending);
    }

    /**
     * Computes the running Working Day deadlines again (the calendar changed); each that moved gets a
     * new key date and a timeline entry saying from when to when and why. Returns the moved ones.
     */
    public List<Deadline> recomputeDeadlines(Deadlines deadlines, String why, Actor actor) {
        List<Deadline> moved = new ArrayList<>();
        for (CaseDeadlines.Recomputed again : dates().recompute(openDeadlines(), deadlines, actor)) {
            moved.add(again.to());
            append(TimelineKind.DEADLINE_MOVED, actor.today(),
                    TimelineWording.deadlineRecomputed(again.from().kind(), again.move(), why, again.to()), actor);
        }
        return moved;
    }

    /** The key dates in force: the latest computed of each kind, in kind order. */
    public List<KeyDate> keyDates() {
        return dates().inForce();
    }

    /** Every key date ever computed, oldest first (a recomputation leaves the earlier one on record). */
    public List<KeyDate> keyDateHistory() {
        return dates().history();
    }

    public Optional<KeyDate> current(KeyDateKind kind) {
        return dates().current(kind);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private CaseDeadlines dates() {
        return new CaseDeadlines(this, keyDates);
    }

    private Deadline keyDate(Deadline deadline, Actor actor) {
        return dates().add(deadline, actor);
    }

    private TimelineEvent append(TimelineKind kind, LocalDate on, String summary, Actor actor) {
        return append(kind, on, summary, List.of(), actor);
    }

    private TimelineEvent append(TimelineKind kind, LocalDate on, String summary, List<MemberVote> votes, Actor actor) {
        TimelineEvent event = new TimelineEvent(this, kind, on, summary, stage, votes, actor.username(), actor.now());
        events.add(event);
        latestUpdate = event.summary();
        latestUpdateOn = on;
        return event;
    }

    private static TargetRelease chosen(TargetRelease release) {
        if (release == null) {
            throw new InvalidModificationRequest("release", "Choose the SEC Release.");
        }
        return release;
    }

    private static void requireNotBefore(TargetRelease release, LocalDate earliest) {
        if (release.date().isBefore(earliest)) {
            throw new InvalidModificationRequest("release", release.name() + " (" + TimelineWording.day(release.date())
                    + ") is before the earliest implementation date, " + TimelineWording.day(earliest) + ".");
        }
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
        return CaseInput.dated(on, raisedOn, actor);
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
        return content.title();
    }

    public String issue() {
        return content.issue();
    }

    public Optional<String> solution() {
        return Optional.ofNullable(content.solution());
    }

    public Set<PartyCategory> impacted() {
        return content.impacted();
    }

    public List<String> documentsAffected() {
        return content.documentsAffected();
    }

    public Proposer proposer() {
        return proposer;
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
        return Optional.ofNullable(targetRelease);
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
