package uk.secgov.hashconflict.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.cpl.ImageHash;
import uk.secgov.cplsubmission.RowDecision;
import uk.secgov.cplsubmission.RowOutcome;
import uk.secgov.cplsubmission.SubmittedRow;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent;
import uk.secgov.hashconflict.InvestigationWorkspace.RequestLine;
import uk.secgov.hashconflict.InvestigationWorld;
import uk.secgov.inbox.TaskFieldsRefused;
import uk.secgov.platform.engine.ProcessEngineBootstrap;

/**
 * {@code hash-conflict-investigation} over real investigation records (kept in memory) and the real Working
 * Day calendar: a calendar change moves open requests' due dates and their timers, on record; a replace
 * names which requested Hash becomes current when the rows request several.
 */
class HashConflictRecordsProcessTest {

    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);

    private InvestigationWorld world;
    private ProcessEngine engine;
    private TaskService tasks;
    private ManagementService management;

    @BeforeEach
    void start() {
        world = new InvestigationWorld();
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:hci-records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyApplicationSettings(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of(
                "conflictSteps", new ConflictSteps(world.decisions, world.overdue, world.requests),
                "conflictDeadlines", new ConflictDeadlines(world.requests),
                "conflictTaskCompleted", new ConflictTaskCompleted(world.opening, world.recommendations,
                        world.decisions, world.overdue, world.answers)));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/hash-conflict-investigation.bpmn")
                .deploy();
        tasks = engine.getTaskService();
        management = engine.getManagementService();
        InvestigationDriver driver = new InvestigationDriver(engine.getRuntimeService(), tasks, management);
        world.onChange(driver::changed);
        world.onDueMoved(driver::dueMoved);
        ClockUtil.setCurrentTime(Date.from(world.now()));
    }

    @AfterEach
    void stop() {
        ClockUtil.reset();
        engine.close();
    }

    private String reference() {
        return world.onlyInvestigation().reference();
    }

    private Task task(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference()).taskDefinitionKey(key).singleResult();
    }

    private void complete(String user, String key, Object... pairs) {
        Task task = task(key);
        tasks.claim(task.getId(), user);
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        tasks.complete(task.getId(), fields);
    }

    /** A conflict from the supplier, opened by SECAS. */
    private SubmittedRow opened() {
        SubmittedRow row = world.conflictingSubmission(InvestigationWorld.SUPPLIER, HASH_B);
        complete("secas", "openInvestigation", "note", "Parties checked");
        return row;
    }

    private InformationRequest ask(long partyId) {
        return world.requests.ask(world.secas(), reference(), partyId, "Did you build image " + HASH_B + "?", null,
                null);
    }

    private RequestLine line(long requestId) {
        return world.workspace.view(world.secas(), reference()).requests().stream().filter(q -> q.id() == requestId)
                .findFirst().orElseThrow();
    }

    /** The request's waiting timers, by activity: the reminder ({@code requestDue}) and the escalation. */
    private Map<String, Instant> timersOf(long requestId) {
        Map<String, Instant> timers = new HashMap<>();
        for (String activity : List.of("requestDue", "requestOverdue")) {
            for (Job job : management.createJobQuery().timers().activityId(activity).list()) {
                Object id = engine.getRuntimeService().getVariable(job.getExecutionId(), "requestId");
                if (id instanceof Number n && n.longValue() == requestId) {
                    timers.put(activity, job.getDuedate().toInstant());
                }
            }
        }
        return timers;
    }

    private Task answerTaskOf(long requestId) {
        return tasks.createTaskQuery().taskDefinitionKey("answerRequest").list().stream()
                .filter(t -> ((Number) tasks.getVariable(t.getId(), "requestId")).longValue() == requestId)
                .findFirst().orElse(null);
    }

    private List<InvestigationEvent> moves() {
        return world.record().events().stream().filter(e -> e.kind() == Kind.DUE_DATE_MOVED).toList();
    }

    @Test
    void aBankHolidayAddedInsideAnOpenRequestsWindowMovesItsDatesAndTimersOneWorkingDayLaterOnRecord() {
        opened();
        // Asked on Tuesday 2 July 2024 with 5 Working Days: due Tuesday 9 July, escalating Friday 12 July.
        InformationRequest open = ask(InvestigationWorld.SUPPLIER);
        InformationRequest answered = ask(InvestigationWorld.MANUFACTURER);
        world.answers.answer(world.userOf(InvestigationWorld.MANUFACTURER), reference(), answered.id(),
                "We built it", null, null);
        assertThat(open.dueAt()).isEqualTo(Instant.parse("2024-07-09T16:00:00Z"));
        assertThat(timersOf(open.id())).containsEntry("requestDue", Instant.parse("2024-07-09T16:00:00Z"))
                .containsEntry("requestOverdue", Instant.parse("2024-07-12T16:00:00Z"));

        world.calendars.administration().addHoliday(LocalDate.of(2024, 7, 5), "Special holiday", "Proclaimed",
                "admin");

        RequestLine moved = line(open.id());
        assertThat(moved.dueAt()).isEqualTo(Instant.parse("2024-07-10T16:00:00Z"));
        assertThat(moved.escalateAt()).isEqualTo(Instant.parse("2024-07-15T16:00:00Z"));
        assertThat(timersOf(open.id())).containsEntry("requestDue", Instant.parse("2024-07-10T16:00:00Z"))
                .containsEntry("requestOverdue", Instant.parse("2024-07-15T16:00:00Z"));
        assertThat(answerTaskOf(open.id()).getDueDate().toInstant()).isEqualTo(Instant.parse("2024-07-10T16:00:00Z"));
        assertThat(moves()).singleElement().satisfies(e -> {
            assertThat(e.requestId()).contains(open.id());
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.note()).contains("Due date: moved from 9 July 2024 to 10 July 2024 because the Working Day"
                    + " calendar changed (Friday 5 July 2024: Proclaimed)")
                    .contains("escalates to SECAS on 15 July 2024 17:00 if unanswered (was 12 July 2024)");
        });
        assertThat(world.workspace.view(world.userOf(InvestigationWorld.SUPPLIER), reference()).timeline())
                .as("the asked party sees the move on its request").extracting(line -> line.event().kind())
                .contains(Kind.DUE_DATE_MOVED);
        assertThat(world.record().request(open.id()).orElseThrow().dueAt()).as("the request keeps its first dates")
                .isEqualTo(Instant.parse("2024-07-09T16:00:00Z"));

        RequestLine kept = line(answered.id());
        assertThat(kept.dueAt()).as("an answered request does not move").isEqualTo(Instant.parse("2024-07-09T16:00:00Z"));
        assertThat(kept.escalateAt()).isEqualTo(Instant.parse("2024-07-12T16:00:00Z"));
    }

    @Test
    void aBankHolidayRemovedInsideTheWindowBringsTheDueDateAndTimersOneWorkingDayEarlier() {
        world.at(Instant.parse("2024-08-23T09:00:00Z"));
        ClockUtil.setCurrentTime(Date.from(world.now()));
        opened();
        // Asked on Friday 23 August 2024: Monday 26 August is the Summer bank holiday, so due Monday 2 September.
        InformationRequest open = ask(InvestigationWorld.SUPPLIER);
        assertThat(open.dueAt()).isEqualTo(Instant.parse("2024-09-02T16:00:00Z"));

        world.calendars.administration().removeHoliday(LocalDate.of(2024, 8, 26), "Not observed this year", "admin");

        assertThat(line(open.id()).dueAt()).isEqualTo(Instant.parse("2024-08-30T16:00:00Z"));
        assertThat(line(open.id()).escalateAt()).isEqualTo(Instant.parse("2024-09-04T16:00:00Z"));
        assertThat(timersOf(open.id())).containsEntry("requestDue", Instant.parse("2024-08-30T16:00:00Z"))
                .containsEntry("requestOverdue", Instant.parse("2024-09-04T16:00:00Z"));
        assertThat(moves()).singleElement().extracting(InvestigationEvent::note).asString()
                .contains("Due date: moved from 2 September 2024 to 30 August 2024 because the Working Day calendar"
                        + " changed (Monday 26 August 2024: Not observed this year)");
    }

    @Test
    void aReminderAlreadySentStaysSentAndOnlyTheEscalationMoves() {
        opened();
        InformationRequest open = ask(InvestigationWorld.SUPPLIER);
        world.at(Instant.parse("2024-07-09T16:30:00Z"));
        ClockUtil.setCurrentTime(Date.from(world.now()));
        Job reminder = management.createJobQuery().timers().activityId("requestDue").singleResult();
        management.executeJob(reminder.getId());
        assertThat(world.record().events()).extracting(InvestigationEvent::kind).containsOnlyOnce(Kind.REMINDED);

        world.calendars.administration().addHoliday(LocalDate.of(2024, 7, 11), "Special holiday", "Proclaimed",
                "admin");

        assertThat(line(open.id()).dueAt()).as("the due date has passed").isEqualTo(Instant.parse("2024-07-09T16:00:00Z"));
        assertThat(line(open.id()).escalateAt()).isEqualTo(Instant.parse("2024-07-15T16:00:00Z"));
        assertThat(timersOf(open.id())).containsOnlyKeys("requestOverdue")
                .containsEntry("requestOverdue", Instant.parse("2024-07-15T16:00:00Z"));
        assertThat(world.record().events()).extracting(InvestigationEvent::kind).containsOnlyOnce(Kind.REMINDED);
        assertThat(moves()).singleElement().extracting(InvestigationEvent::note).asString()
                .contains("The due date (9 July 2024) has passed and stays.")
                .contains("Escalation date: moved from 12 July 2024 to 15 July 2024");
    }

    @Test
    void aCalendarChangeMovesNothingInAClosedInvestigation() {
        opened();
        InformationRequest open = ask(InvestigationWorld.SUPPLIER);
        complete("secas", "recommendOutcome", "outcome", "retain", "reasons", "r");
        complete("panel", "decideConflict", "outcome", "retain", "reasons", "r");
        management.executeJob(management.createJobQuery().messages().singleResult().getId());

        world.calendars.administration().addHoliday(LocalDate.of(2024, 7, 5), "Special holiday", "Proclaimed",
                "admin");

        assertThat(moves()).isEmpty();
        assertThat(line(open.id()).dueAt()).isEqualTo(Instant.parse("2024-07-09T16:00:00Z"));
    }

    @Test
    void thePanelReplacesWithTheSecondSubmissionsHashAndTheFirstRowIsRejectedNamingIt() {
        SubmittedRow first = world.conflictingSubmission(InvestigationWorld.SUPPLIER, HASH_B);
        SubmittedRow second = world.conflictingSubmission(InvestigationWorld.SUPPLIER2, HASH_C);
        assertThat(world.record().rows()).as("one investigation for both").hasSize(2);
        assertThat(world.workspace.view(world.secas(), reference()).requestedHashes()).containsExactly(ImageHash.of(HASH_B),
                ImageHash.of(HASH_C));
        complete("secas", "openInvestigation");

        assertThatThrownBy(() -> complete("secas", "recommendOutcome", "outcome", "replace", "reasons", "r"))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class).rootCause()
                .hasMessageContaining("say which one replaces the current Hash");
        complete("secas", "recommendOutcome", "outcome", "replace", "hash", HASH_C, "reasons", "Volt's image is signed");
        assertThat(world.record().recommendedHash()).contains(ImageHash.of(HASH_C));

        String bad = "d".repeat(64);
        assertThatThrownBy(() -> complete("panel", "decideConflict", "outcome", "replace", "hash", bad, "reasons", "r"))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class).rootCause()
                .hasMessage("Hash " + bad + " is not requested in investigation " + reference()
                        + "; the requested Hashes are " + HASH_B + ", " + HASH_C + ".");
        assertThat(world.record().latest(Kind.DECIDED)).as("nothing recorded").isEmpty();
        assertThat(task("decideConflict")).as("the task stays open").isNotNull();

        complete("panel", "decideConflict", "outcome", "replace", "hash", HASH_C.toUpperCase(), "reasons",
                "Panel meeting 124, minute 2");
        management.executeJob(management.createJobQuery().messages().singleResult().getId());

        HashAssociation current = world.currentAssociation().orElseThrow();
        assertThat(current.imageHash()).contains(ImageHash.of(HASH_C));
        assertThat(current.submissionId()).contains(second.submissionId());
        assertThat(current.seq()).as("the next step of the history").isEqualTo(2);
        assertThat(world.model().id()).isEqualTo(current.deviceModelId());
        RowDecision firstOutcome = world.decisionsOf(first).get(world.decisionsOf(first).size() - 1);
        assertThat(firstOutcome.outcome()).isEqualTo(RowOutcome.RETAINED);
        assertThat(firstOutcome.reason()).contains("Rejected: the Panel chose Hash " + HASH_C
                + " to replace the current Hash, not this row's " + HASH_B);
        RowDecision secondOutcome = world.decisionsOf(second).get(world.decisionsOf(second).size() - 1);
        assertThat(secondOutcome.outcome()).isEqualTo(RowOutcome.REPLACED);
        assertThat(world.record().latest(Kind.DECIDED).orElseThrow().imageHash()).contains(ImageHash.of(HASH_C));
        assertThat(world.record().latest(Kind.CPL_UPDATED).orElseThrow().note()).contains("now has Hash " + HASH_C);
    }

    @Test
    void retainRejectsEveryRequestedHash() {
        SubmittedRow first = world.conflictingSubmission(InvestigationWorld.SUPPLIER, HASH_B);
        SubmittedRow second = world.conflictingSubmission(InvestigationWorld.SUPPLIER2, HASH_C);
        complete("secas", "openInvestigation");
        complete("secas", "recommendOutcome", "outcome", "retain", "reasons", "Neither image is confirmed");
        complete("panel", "decideConflict", "outcome", "retain", "reasons", "Panel meeting 124, minute 3");
        management.executeJob(management.createJobQuery().messages().singleResult().getId());

        assertThat(world.currentAssociation().orElseThrow().imageHash())
                .contains(ImageHash.of(InvestigationWorld.CURRENT_HASH));
        for (SubmittedRow row : List.of(first, second)) {
            List<RowDecision> decisions = world.decisionsOf(row);
            assertThat(decisions.get(decisions.size() - 1).outcome()).isEqualTo(RowOutcome.RETAINED);
        }
        assertThat(world.record().latest(Kind.DECIDED).orElseThrow().imageHash()).isEmpty();
    }
}
