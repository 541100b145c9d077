package uk.secgov.modification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.secgov.modification.ModificationFixtures.changeBoard;
import static uk.secgov.modification.ModificationFixtures.panelVotes;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.secgov.calendar.CalendarOverride;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.inbox.TaskDoneElsewhere;
import uk.secgov.platform.engine.ProcessEngineBootstrap;
import uk.secgov.modification.AuthorityDecision;
import uk.secgov.modification.KeyDateKind;
import uk.secgov.modification.TimelineEvent;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ModificationFixtures;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.Route;
import uk.secgov.modification.Stage;
import uk.secgov.modification.TimelineKind;
import uk.secgov.modification.Vote;

/**
 * Every path of bpmn/modification-lifecycle.bpmn on an in-memory engine, driven the way the
 * application drives it: by recording steps on the case through the real services, which move the
 * process through the real driver; timers fire on the dates the case computed in Working Days.
 */
class ModificationLifecycleProcessTest {

    private static final ModificationFixtures F = new ModificationFixtures();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    private static ProcessEngine engine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:modification-lifecycle-test;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyApplicationSettings(configuration);
        configuration.setJobExecutorActivate(false);
        Map<Object, Object> beans = new HashMap<>();
        beans.put("modificationCase", new CaseConditions(F.modifications));
        beans.put("modificationDeadlines", new DeadlineTimers(F.modifications));
        beans.put("modificationStepGuard", new StepGuard(F.modifications));
        LifecycleServiceTasks serviceTasks = new LifecycleServiceTasks(F.windows, F.implementation);
        beans.put("modificationServiceTask", serviceTasks);
        // The names the earlier process version calls, as EarlierServiceTaskNames produces them in the application.
        for (java.lang.reflect.Method producer : EarlierServiceTaskNames.class.getDeclaredMethods()) {
            if (producer.isAnnotationPresent(jakarta.inject.Named.class)) {
                beans.put(producer.getAnnotation(jakarta.inject.Named.class).value(), serviceTasks);
            }
        }
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        LifecycleDriver driver = new LifecycleDriver(engine.getRuntimeService(), engine.getTaskService(),
                engine.getManagementService());
        F.changed.observe(driver::caseChanged);
        F.deadlineMoved.observe(driver::deadlineMoved);
        return engine;
    }

    @BeforeEach
    void init() {
        BpmnAwareTests.init(extension.getProcessEngine());
    }

    private static ProcessInstance processOf(Modification m) {
        return extension.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(LifecycleProcess.businessKey(m.id())).singleResult();
    }

    private static org.camunda.bpm.engine.history.HistoricProcessInstance history(Modification m) {
        return extension.getProcessEngine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(LifecycleProcess.businessKey(m.id())).singleResult();
    }

    private static Job timer(Modification m, String activity) {
        return extension.getManagementService().createJobQuery().processInstanceId(history(m).getId())
                .activityId(activity).timers().singleResult();
    }

    /** The timer fires (its date is in the past of the fixed "now"). */
    private static void fire(Modification m, String activity) {
        Job job = timer(m, activity);
        assertThat(job).as("timer " + activity).isNotNull();
        extension.getManagementService().executeJob(job.getId());
    }

    private static Task task(Modification m, String key) {
        return extension.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(LifecycleProcess.businessKey(m.id())).taskDefinitionKey(key).singleResult();
    }

    private static Date ukDate(int y, int mo, int d, int h) {
        return Date.from(LocalDate.of(y, mo, d).atTime(h, 0).atZone(WorkingDayCalendar.UK).toInstant());
    }

    private static List<String> passed(Modification m) {
        return extension.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(history(m).getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list().stream().map(a -> a.getActivityId()).toList();
    }

    private static String ref(Modification m) {
        return m.reference().toString();
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void fastTrackUnanimousWithNoObjectionIsApprovedScheduledAndImplemented() {
        Modification mp = F.fastTrack(null, "Correct typographical errors", LocalDate.of(2019, 9, 30));
        assertThat(processOf(mp)).isWaitingAt("decideFastTrack");
        assertThat(task(mp, "decideFastTrack").getTaskDefinitionKey()).isEqualTo("decideFastTrack");

        F.decisions.fastTrackDecision(ref(mp), LocalDate.of(2019, 10, 11),
                panelVotes(Vote.APPROVE, Vote.APPROVE, Vote.APPROVE), "secas");

        assertThat(processOf(mp)).isWaitingAt("recordObjection");
        assertThat(timer(mp, "objectionWindowClosed").getDuedate()).isEqualTo(ukDate(2019, 11, 1, 17));

        fire(mp, "objectionWindowClosed");

        assertThat(mp.stage()).isEqualTo(Stage.SCHEDULED);
        assertThat(processOf(mp)).isWaitingAt("releaseDateReached");
        assertThat(timer(mp, "releaseDateReached").getDuedate()).isEqualTo(ukDate(2019, 11, 29, 0));

        fire(mp, "releaseDateReached");

        assertThat(mp.stage()).isEqualTo(Stage.IMPLEMENTED);
        assertThat(mp.implementationDate()).contains(LocalDate.of(2019, 11, 29));
        assertThat(history(mp).getState()).isEqualTo("COMPLETED");
        assertThat(passed(mp)).containsSubsequence("decideFastTrack", "unanimousGateway", "objectionWindowClosed",
                "closeObjectionWindow", "scheduleImplementation", "releaseDateReached", "recordImplemented",
                "implemented", "caseClosed");
    }

    @Test
    @Deployment(resources = "bpmn-earlier/modification-lifecycle-2026-11.bpmn")
    void aCaseOnTheEarlierProcessVersionStillClosesItsWindowAndIsImplemented() {
        Modification mp = F.fastTrack(null, "Correct typographical errors", LocalDate.of(2019, 9, 30));
        F.decisions.fastTrackDecision(ref(mp), LocalDate.of(2019, 10, 11),
                panelVotes(Vote.APPROVE, Vote.APPROVE, Vote.APPROVE), "secas");

        fire(mp, "objectionWindowClosed");
        fire(mp, "releaseDateReached");

        assertThat(mp.stage()).isEqualTo(Stage.IMPLEMENTED);
        assertThat(history(mp).getState()).isEqualTo("COMPLETED");
        assertThat(passed(mp)).containsSubsequence("closeObjectionWindow", "scheduleImplementation",
                "recordImplemented", "caseClosed");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void fastTrackWithAnObjectionGoesBackToThePanelForAnotherRoute() {
        Modification mp = F.fastTrack(null, "Minor factual error", LocalDate.of(2019, 9, 30));
        F.decisions.fastTrackDecision(ref(mp), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE, Vote.APPROVE), "secas");

        F.challenges.objection(ref(mp), "Volt Supply", "It is material", LocalDate.of(2019, 10, 25), "secas");

        assertThat(processOf(mp)).isWaitingAt("convertProposal");
        assertThat(timer(mp, "objectionWindowClosed")).as("the window's timer is gone").isNull();
        F.decisions.convert(ref(mp), ModificationPath.PATH_3, Route.REFINEMENT, false, LocalDate.of(2019, 11, 8), "panel");
        assertThat(processOf(mp)).isWaitingAt("refineProposal");
        assertThat(task(mp, "refineProposal").getName()).startsWith("Refine");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void fastTrackNotUnanimousGoesBackToThePanelWithNoObjectionWindow() {
        Modification mp = F.fastTrack(null, "Not so minor", LocalDate.of(2019, 9, 30));

        F.decisions.fastTrackDecision(ref(mp), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE, Vote.REJECT), "secas");

        assertThat(processOf(mp)).isWaitingAt("convertProposal");
        assertThat(passed(mp)).doesNotContain("recordObjection");
        assertThat(mp.current(KeyDateKind.OBJECTION_WINDOW_END)).isEmpty();
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void path2WithASendBackGoesThroughRefinementAgainAndTheAuthorityApproves() {
        Modification mp = F.readyToConvert("Path 2 change", LocalDate.of(2020, 1, 6));
        assertThat(passed(mp)).containsSubsequence("giveSecasComments", "developProblemStatement", "convertProposal");
        F.decisions.convert(ref(mp), ModificationPath.PATH_2, Route.REFINEMENT, false, LocalDate.of(2020, 2, 14), "panel");
        assertThat(processOf(mp)).isWaitingAt("refineProposal");

        reportAndVote(mp, LocalDate.of(2020, 3, 2), Vote.APPROVE);
        assertThat(processOf(mp)).isWaitingAt("determineModification");
        F.decisions.authorityDecision(ref(mp), AuthorityDecision.SEND_BACK, "Costs for Parties unclear",
                LocalDate.of(2020, 6, 1), "authority");

        assertThat(processOf(mp)).isWaitingAt("refineProposal");
        reportAndVote(mp, LocalDate.of(2020, 6, 2), Vote.APPROVE);
        F.decisions.authorityDecision(ref(mp), AuthorityDecision.APPROVE, null, LocalDate.of(2020, 10, 1), "authority");

        assertThat(mp.stage()).isEqualTo(Stage.SCHEDULED);
        assertThat(mp.targetRelease().orElseThrow().name()).isEqualTo("November 2020 SEC Release");
        fire(mp, "releaseDateReached");
        assertThat(mp.stage()).isEqualTo(Stage.IMPLEMENTED);
        assertThat(mp.timeline()).extracting(e -> e.kind()).containsSubsequence(TimelineKind.AUTHORITY_DECIDED,
                TimelineKind.REFINEMENT_COMPLETED, TimelineKind.AUTHORITY_DECIDED, TimelineKind.SCHEDULED,
                TimelineKind.IMPLEMENTED);
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void path3WithoutAnAppealIsFinalWhenTheAppealWindowCloses() {
        Modification mp = converted("Path 3 change", ModificationPath.PATH_3);
        reportAndVote(mp, LocalDate.of(2020, 3, 2), Vote.APPROVE);

        assertThat(processOf(mp)).isWaitingAt("recordAppeal");
        assertThat(mp.stage()).isEqualTo(Stage.APPEAL_WINDOW);
        Date end = Date.from(mp.current(KeyDateKind.APPEAL_WINDOW_END).orElseThrow().dueAt());
        assertThat(timer(mp, "appealWindowClosed").getDuedate()).isEqualTo(end);

        fire(mp, "appealWindowClosed");

        assertThat(mp.stage()).isEqualTo(Stage.SCHEDULED);
        assertThat(processOf(mp)).isWaitingAt("releaseDateReached");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void path3RejectedByTheChangeBoardEndsRejectedWhenNobodyAppeals() {
        Modification mp = converted("Unpopular change", ModificationPath.PATH_3);
        reportAndVote(mp, LocalDate.of(2020, 3, 2), Vote.REJECT);

        fire(mp, "appealWindowClosed");

        assertThat(mp.stage()).isEqualTo(Stage.REJECTED);
        assertThat(history(mp).getState()).isEqualTo("COMPLETED");
        assertThat(passed(mp)).contains("rejected");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void path3WithAnAppealGoesToTheAuthorityWhichDecides() {
        Modification mp = converted("Appealed change", ModificationPath.PATH_3);
        reportAndVote(mp, LocalDate.of(2020, 3, 2), Vote.APPROVE);

        F.challenges.appeal(ref(mp), "Volt Supply", "Unfair to Small Suppliers", LocalDate.of(2020, 5, 11), "secas");

        assertThat(processOf(mp)).isWaitingAt("decideAppeal");
        assertThat(timer(mp, "appealWindowClosed")).isNull();
        F.decisions.appealDecision(ref(mp), AuthorityDecision.REJECT, "Appeal upheld", LocalDate.of(2020, 7, 1),
                "authority");

        assertThat(mp.stage()).isEqualTo(Stage.REJECTED);
        assertThat(history(mp).getState()).isEqualTo("COMPLETED");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void aWithdrawnProposalAdoptedInTimeCarriesOnWithItsNewProposer() {
        Modification dp = F.draft("Adopt me", LocalDate.of(2021, 6, 11));
        F.development.completePrecheck(ref(dp), "Joe", "ok", LocalDate.of(2021, 6, 14), "secas");

        F.interruptions.withdraw(ref(dp), "Budget cut", LocalDate.of(2021, 7, 1), "secas");

        assertThat(processOf(dp)).isWaitingAt("developProblemStatement", "recordAdoption");
        assertThat(timer(dp, "adoptionWindowClosed").getDuedate()).isEqualTo(ukDate(2021, 7, 8, 17));
        F.interruptions.adopt(ref(dp), new Proposer(9L, "Volt Supply", "V. Volt", null), LocalDate.of(2021, 7, 5), "secas");

        assertThat(processOf(dp)).isWaitingAt("developProblemStatement");
        assertThat(timer(dp, "adoptionWindowClosed")).isNull();
        F.development.agreeProblemStatement(ref(dp), LocalDate.of(2021, 7, 20), "secas");
        assertThat(processOf(dp)).isWaitingAt("convertProposal");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void aWithdrawnProposalNobodyAdoptsClosesWhenTheAdoptionWindowEnds() {
        Modification dp = F.draft("Nobody wants me", LocalDate.of(2021, 6, 11));
        F.interruptions.withdraw(ref(dp), "No longer needed", LocalDate.of(2021, 6, 18), "secas");

        fire(dp, "adoptionWindowClosed");

        assertThat(dp.stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(history(dp).getState()).isEqualTo("COMPLETED");
        assertThat(passed(dp)).contains("closeWithdrawn", "closedWithdrawn");
        assertThat(task(dp, "giveSecasComments")).as("the open step ended with the case").isNull();
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void aWindowStandsStillWhileTheCaseIsOnHoldAndRunsOnWithTheWorkingDaysItHadLeft() {
        Modification mp = F.fastTrack(null, "Held in its objection window", LocalDate.of(2019, 9, 30));
        F.decisions.fastTrackDecision(ref(mp), LocalDate.of(2019, 10, 11),
                panelVotes(Vote.APPROVE, Vote.APPROVE, Vote.APPROVE), "secas");
        assertThat(timer(mp, "objectionWindowClosed").getDuedate()).isEqualTo(ukDate(2019, 11, 1, 17));

        F.interruptions.putOnHold(ref(mp), "Legal text to be checked", LocalDate.of(2019, 10, 18), "secas");

        assertThat(timer(mp, "objectionWindowClosed").isSuspended()).as("the window stands still").isTrue();

        F.interruptions.resume(ref(mp), LocalDate.of(2019, 10, 25), "secas");

        // 5 of the 15 Working Days ran (14 to 18 October); the 10 left run from Friday 25 October.
        Job window = timer(mp, "objectionWindowClosed");
        assertThat(window.isSuspended()).isFalse();
        assertThat(window.getDuedate()).isEqualTo(ukDate(2019, 11, 8, 17));
        assertThat(mp.current(KeyDateKind.OBJECTION_WINDOW_END).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2019, 11, 8));
        assertThat(mp.earliestImplementation()).contains(LocalDate.of(2019, 11, 11));
        assertThat(mp.timeline()).extracting(TimelineEvent::summary).anySatisfy(s -> assertThat(s)
                .contains("moved from 1 November 2019 to 8 November 2019 because the case was on hold from"
                        + " 18 October 2019 to 25 October 2019 (10 of its 15 Working Days were left)"));
        assertThat(mp.latestUpdate()).startsWith("Resumed");
        assertThat(processOf(mp)).isWaitingAt("recordObjection");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void onHoldWaitsForSecasToResumeAndSupersededEndsTheCase() {
        Modification dp = F.draft("Hold and replace", LocalDate.of(2021, 6, 11));
        F.draft("Replacement", LocalDate.of(2021, 6, 12));
        F.interruptions.putOnHold(ref(dp), "Waiting for the SCR", LocalDate.of(2021, 6, 15), "secas");
        assertThat(processOf(dp)).isWaitingAt("giveSecasComments", "resumeCase");

        F.interruptions.resume(ref(dp), LocalDate.of(2021, 6, 16), "secas");
        assertThat(processOf(dp)).isWaitingAt("giveSecasComments");

        F.interruptions.supersede(ref(dp), ref(F.modifications.rows.get(F.modifications.rows.size() - 1)), null,
                LocalDate.of(2021, 6, 17), "secas");
        assertThat(dp.stage()).isEqualTo(Stage.SUPERSEDED);
        assertThat(history(dp).getState()).isEqualTo("COMPLETED");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void anUrgentCaseWaitsForTheAuthorityToAgreeAShorterTimetable() {
        Modification mp = F.readyToConvert("Urgent security fix", LocalDate.of(2023, 3, 1));
        F.decisions.convert(ref(mp), ModificationPath.PATH_2, Route.REPORT_PHASE, true, LocalDate.of(2023, 4, 6), "panel");

        assertThat(processOf(mp)).isWaitingAt("agreeUrgentTimetable");
        assertThat(task(mp, "agreeUrgentTimetable")).isNotNull();
        F.decisions.decideUrgency(ref(mp), true, 5, "Security", LocalDate.of(2023, 4, 14), "authority");

        assertThat(processOf(mp)).isWaitingAt("approveModificationReport");
        F.decisions.approveReport(ref(mp), LocalDate.of(2023, 4, 24), "panel");
        assertThat(timer(mp, "reportConsultationClosed").getDuedate()).isEqualTo(ukDate(2023, 5, 2, 17));
        fire(mp, "reportConsultationClosed");
        assertThat(processOf(mp)).isWaitingAt("voteOnModificationReport");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void completingATaskWithoutRecordingTheStepIsRefused() {
        Modification dp = F.draft("Guarded", LocalDate.of(2021, 6, 11));
        Task precheck = task(dp, "giveSecasComments");
        assertThat(precheck.getDueDate()).isEqualTo(ukDate(2021, 6, 18, 17));

        assertThatThrownBy(() -> extension.getTaskService().complete(precheck.getId()))
                .hasRootCauseInstanceOf(TaskDoneElsewhere.class).hasMessageContaining("recording it on DP");
        assertThat(processOf(dp)).isWaitingAt("giveSecasComments");
    }

    @Test
    @Deployment(resources = "bpmn/modification-lifecycle.bpmn")
    void aHolidayProclaimedInsideTheObjectionWindowMovesItsTimerAndIsRecordedOnTheCase() {
        Modification mp = F.fastTrack(null, "Window moves", LocalDate.of(2019, 9, 30));
        F.decisions.fastTrackDecision(ref(mp), LocalDate.of(2019, 10, 11), panelVotes(Vote.APPROVE), "secas");
        assertThat(timer(mp, "objectionWindowClosed").getDuedate()).isEqualTo(ukDate(2019, 11, 1, 17));

        CalendarOverride holiday = F.calendars.administration().addHoliday(LocalDate.of(2019, 10, 21),
                "Special holiday", "Proclaimed", "admin");

        assertThat(timer(mp, "objectionWindowClosed").getDuedate()).isEqualTo(ukDate(2019, 11, 4, 17));
        assertThat(mp.earliestImplementation()).contains(LocalDate.of(2019, 11, 5));
        assertThat(mp.timeline()).filteredOn(e -> e.kind() == TimelineKind.DEADLINE_MOVED).first()
                .satisfies(e -> assertThat(e.summary()).contains("Fast-Track objection window ends: moved from 1 November"
                        + " 2019 to 4 November 2019 because the Working Day calendar changed (Monday 21 October 2019:"
                        + " Proclaimed)"));

        F.calendars.administration().cancel(holiday.id(), "Proclaimed in error", "admin");

        assertThat(timer(mp, "objectionWindowClosed").getDuedate()).isEqualTo(ukDate(2019, 11, 1, 17));
        assertThat(mp.keyDateHistory()).filteredOn(k -> k.kind() == KeyDateKind.OBJECTION_WINDOW_END).hasSize(3);
    }

    private static Modification converted(String title, ModificationPath path) {
        Modification mp = F.readyToConvert(title, LocalDate.of(2020, 1, 6));
        F.decisions.convert(ref(mp), path, Route.REFINEMENT, false, LocalDate.of(2020, 2, 14), "panel");
        return mp;
    }

    /** Refinement completed on {@code from}, the report approved, the consultation closed (its timer), the Change Board's vote. */
    private static void reportAndVote(Modification mp, LocalDate from, Vote largeSuppliers) {
        F.refinement.recordEvent(ref(mp), "DCC PIA requested", "Due in 30 days", from, "secas");
        F.refinement.complete(ref(mp), from.plusDays(14), "secas");
        assertThat(processOf(mp)).isWaitingAt("approveModificationReport");
        F.decisions.approveReport(ref(mp), from.plusDays(21), "panel");
        assertThat(processOf(mp)).isWaitingAt("reportConsultationClosed");
        fire(mp, "reportConsultationClosed");
        assertThat(processOf(mp)).isWaitingAt("voteOnModificationReport");
        F.decisions.changeBoardVote(ref(mp), from.plusDays(60), changeBoard(largeSuppliers, largeSuppliers, Vote.APPROVE),
                "secas");
    }
}
