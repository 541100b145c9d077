package uk.secgov.modification;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The steps a person records on a case, each once: where the case stands when it is due, who may
 * take it, the timeline entry that records it, and the user task of {@code modification-lifecycle}
 * that waits for it. The case page, the process driver and the step guard all read this list, so a
 * new step is one entry here (and its task in the BPMN).
 */
public enum CaseStep {
    PRECHECK("precheck", Stage.DRAFT_PROPOSAL, Set.of("secas"), TimelineKind.PRECHECK_COMPLETED, "giveSecasComments"),
    DEVELOPMENT("development", Stage.DEVELOPMENT, Set.of("secas"), TimelineKind.PROBLEM_STATEMENT_AGREED,
            "developProblemStatement"),
    CONVERSION("conversion", Stage.AWAITING_CONVERSION, Set.of("secas", "panel"), TimelineKind.CONVERTED,
            "convertProposal"),
    URGENCY("urgency", Stage.URGENCY_DECISION, Set.of("secas", "authority"), TimelineKind.URGENCY_DECIDED,
            "agreeUrgentTimetable"),
    FAST_TRACK("fastTrack", Stage.FAST_TRACK_DECISION, Set.of("secas", "panel"), TimelineKind.FAST_TRACK_DECIDED,
            "decideFastTrack"),
    OBJECTION("objection", Stage.OBJECTION_WINDOW, Set.of("secas"), TimelineKind.OBJECTION_RECORDED,
            "recordObjection"),
    REFINEMENT("refinement", Stage.REFINEMENT, Set.of("secas"), TimelineKind.REFINEMENT_COMPLETED, "refineProposal"),
    REPORT("report", Stage.REPORT_PHASE, Set.of("secas", "panel"), TimelineKind.REPORT_APPROVED,
            "approveModificationReport"),
    CHANGE_BOARD("changeBoard", Stage.CHANGE_BOARD, Set.of("secas", "changeboard"), TimelineKind.CHANGE_BOARD_VOTED,
            "voteOnModificationReport"),
    AUTHORITY("authority", Stage.AUTHORITY_DECISION, Set.of("secas", "authority"), TimelineKind.AUTHORITY_DECIDED,
            "determineModification"),
    APPEAL("appeal", Stage.APPEAL_WINDOW, Set.of("secas"), TimelineKind.APPEAL_RECORDED, "recordAppeal"),
    APPEAL_DECISION("appealDecision", Stage.APPEAL, Set.of("secas", "authority"), TimelineKind.APPEAL_DECIDED,
            "decideAppeal"),
    /**
     * SECAS chooses a release when none was planned. Scheduling also happens without the task (the
     * process schedules into the next release itself), so recording it completes the task only if
     * the process waits there.
     */
    RELEASE_CHOICE(Stage.APPROVED, m -> m.stage() == Stage.APPROVED, TimelineKind.SCHEDULED, "chooseRelease", false),
    ADOPTION(null, Modification::isWithdrawalPending, TimelineKind.ADOPTED, "recordAdoption", true),
    RESUMPTION(null, Modification::isOnHold, TimelineKind.RESUMED, "resumeCase", true);

    private final String pageStep;
    private final Stage stage;
    private final Set<String> roles;
    private final TimelineKind recordedAs;
    private final String task;
    private final Predicate<Modification> pending;
    private final boolean alwaysAwaited;

    /** A step of the steps form, due at one stage, which the process always waits for. */
    CaseStep(String pageStep, Stage stage, Set<String> roles, TimelineKind recordedAs, String task) {
        this(pageStep, stage, roles, m -> m.stage() == stage, recordedAs, task, true);
    }

    /** A step SECAS records elsewhere on the page, pending while {@code pending} holds. */
    CaseStep(Stage stage, Predicate<Modification> pending, TimelineKind recordedAs, String task,
            boolean alwaysAwaited) {
        this(null, stage, Set.of("secas"), pending, recordedAs, task, alwaysAwaited);
    }

    CaseStep(String pageStep, Stage stage, Set<String> roles, Predicate<Modification> pending, TimelineKind recordedAs,
            String task, boolean alwaysAwaited) {
        this.pageStep = pageStep;
        this.stage = stage;
        this.roles = roles;
        this.pending = pending;
        this.recordedAs = recordedAs;
        this.task = task;
        this.alwaysAwaited = alwaysAwaited;
    }

    /** The name of the step on the case page's steps form; empty for a step recorded elsewhere on the page. */
    public Optional<String> pageStep() {
        return Optional.ofNullable(pageStep);
    }

    /** The stage the case waits at for this step; empty for adoption and resumption, which may come at any open stage. */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    /**
     * The security roles that may record the step: the body whose decision it is, which is its task's candidate
     * group in {@code modification-lifecycle}, and SECAS, which records every step for that body as secretariat.
     */
    public Set<String> roles() {
        return roles;
    }

    /** The timeline entry that records the step. */
    public TimelineKind recordedAs() {
        return recordedAs;
    }

    /** The id of the user task that waits for the step. */
    public String task() {
        return task;
    }

    /** Whether the process always waits at the task when the step is recorded (false: only sometimes). */
    public boolean alwaysAwaited() {
        return alwaysAwaited;
    }

    /** Whether the step is still to be recorded on {@code m}. */
    public boolean isPending(Modification m) {
        return pending.test(m);
    }

    /** The steps of the case page's steps form, by their name there, each as the page's own rule. */
    public static <T> Map<String, T> byPageStep(Function<CaseStep, T> rule) {
        return Arrays.stream(values()).filter(s -> s.pageStep != null)
                .collect(Collectors.toUnmodifiableMap(s -> s.pageStep, rule));
    }

    /** "Still to be recorded", by user task. */
    public static Map<String, Predicate<Modification>> pendingByTask() {
        return Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CaseStep::task,
                s -> (Predicate<Modification>) s::isPending));
    }

    /**
     * The user task each timeline entry completes: of the steps the process always waits for
     * ({@code awaited}), or of those it waits for only sometimes.
     */
    public static Map<TimelineKind, String> taskByRecord(boolean awaited) {
        return Arrays.stream(values()).filter(s -> s.alwaysAwaited == awaited)
                .collect(Collectors.toUnmodifiableMap(CaseStep::recordedAs, CaseStep::task));
    }
}
