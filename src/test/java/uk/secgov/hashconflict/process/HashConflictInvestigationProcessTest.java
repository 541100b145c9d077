package uk.secgov.hashconflict.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.calendar.WorkingDays;
import uk.secgov.cplsubmission.ConflictRowsDecided;
import uk.secgov.cplsubmission.RowInvestigations;
import uk.secgov.cplsubmission.RowsConflict;
import uk.secgov.cplsubmission.SubmissionScreening;
import uk.secgov.cplsubmission.process.ConflictWaits;
import uk.secgov.cplsubmission.process.CplSubmissionProcess;
import uk.secgov.cplsubmission.process.CplSubmissionProcessTest;
import uk.secgov.hashconflict.ConflictDecision;
import uk.secgov.hashconflict.ConflictRecommendation;
import uk.secgov.hashconflict.InformationRequest;
import uk.secgov.hashconflict.InformationRequests;
import uk.secgov.hashconflict.InvestigationChanged;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;
import uk.secgov.hashconflict.InvestigationOpening;
import uk.secgov.hashconflict.InvestigationRefused;
import uk.secgov.hashconflict.InvestigationWorld;
import uk.secgov.hashconflict.OverdueRequests;
import uk.secgov.hashconflict.PanelDecisions;
import uk.secgov.hashconflict.Recommendations;
import uk.secgov.hashconflict.RequestAnswer;
import uk.secgov.hashconflict.RequestAnswers;
import uk.secgov.inbox.TaskFieldsRefused;
import uk.secgov.party.Role;
import uk.secgov.platform.engine.ProcessEngineBootstrap;

/**
 * Every path of {@code hash-conflict-investigation}, with the {@code cpl-submission} processes that wait
 * for it: the real adapters (steps, deadlines, task listener, driver) over scripted investigation records.
 */
class HashConflictInvestigationProcessTest {

    private static final String FIRST = "CPL-2026-000001";
    private static final String SECOND = "CPL-2026-000002";
    private static final long SUPPLIER_PARTY = 12L;
    private static final long MANUFACTURER_PARTY = 30L;

    /** Investigations as the test scripts them: which rows each decides, requests, and what was asked of it. */
    static final class ScriptedConflicts {

        InvestigationDriver driver;
        /** Rows of each submission, by submission id, and the investigation each row goes to. */
        final Map<Long, List<Long>> rowsOfSubmission = new HashMap<>();
        final Map<Long, String> submissionReference = new HashMap<>();
        final Map<Long, Long> investigationOfRow = new HashMap<>();
        final Map<Long, String> investigationReference = new HashMap<>();
        final Map<Long, InformationRequest> requests = new HashMap<>();
        final Map<Long, RequestAnswer> answers = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        ConflictWaits waits;

        public void investigate(RowsConflict conflict) {
            for (long row : conflict.rowIds()) {
                long investigation = investigationOfRow.get(row);
                boolean joins = calls.contains("detected " + investigation);
                calls.add((joins ? "joined " : "detected ") + investigation);
                driver.changed(new InvestigationChanged(investigation, investigationReference.get(investigation),
                        joins ? Kind.JOINED : Kind.DETECTED, null, false));
            }
        }

        /** The submissions whose rows an investigation decides, by reference, with those row ids. */
        Map<String, List<Long>> waitingSubmissions(long investigationId) {
            Map<String, List<Long>> waiting = new LinkedHashMap<>();
            rowsOfSubmission.forEach((submission, rows) -> rows.stream()
                    .filter(row -> investigationOfRow.get(row) == investigationId)
                    .forEach(row -> waiting.computeIfAbsent(submissionReference.get(submission), k -> new ArrayList<>())
                            .add(row)));
            return waiting;
        }

        public void open(long investigationId, String actor, String note) {
            calls.add("open " + investigationId + " " + actor);
        }

        public void recommend(long investigationId, String actor, Outcome outcome, String imageHash,
                String reasons) {
            if (reasons == null) {
                throw new InvestigationRefused("Give the reasons for the recommendation.");
            }
            calls.add("recommend " + investigationId + " " + outcome + (imageHash == null ? "" : " " + imageHash) + " "
                    + actor + ": " + reasons);
        }

        public void decide(long investigationId, String actor, Outcome outcome, String imageHash, String rationale) {
            calls.add("decide " + investigationId + " " + outcome + (imageHash == null ? "" : " " + imageHash) + " "
                    + actor + ": " + rationale);
        }

        public void applyDecision(long investigationId) {
            calls.add("apply " + investigationId);
            waitingSubmissions(investigationId).forEach((reference, rows) -> waits.rowsDecided(
                    new ConflictRowsDecided(reference, rows)));
            driver.changed(new InvestigationChanged(investigationId, investigationReference.get(investigationId),
                    Kind.CPL_UPDATED, null, false));
        }

        public void remind(long requestId) {
            calls.add("remind " + requestId);
        }

        public void escalate(long requestId) {
            calls.add("escalate " + requestId);
        }

        public void chased(long requestId, String actor, String note) {
            if (note == null) {
                throw new InvestigationRefused("Say what you did to chase the answer.");
            }
            calls.add("chased " + requestId + " " + actor + ": " + note);
        }

        public Optional<InformationRequest> request(long requestId) {
            return Optional.ofNullable(requests.get(requestId));
        }

        public Optional<RequestAnswer> answerTo(long requestId) {
            return Optional.ofNullable(answers.get(requestId));
        }

        public Role answeringRole(long partyId) {
            return partyId == MANUFACTURER_PARTY ? Role.MANUFACTURER : Role.SUPPLIER;
        }
    }

    /** Records answers given through the request's task. */
    static final class ScriptedAnswers extends RequestAnswers {

        final List<String> calls = new ArrayList<>();

        @Override
        public RequestAnswer answerFromTask(String username, long requestId, String answer) {
            if (answer == null || answer.isBlank()) {
                throw new InvestigationRefused("Write the answer.");
            }
            calls.add("answer " + requestId + " " + username + ": " + answer);
            return null;
        }

        @Override
        public Optional<RequestAnswer> answerTo(long requestId) {
            return CONFLICTS.answerTo(requestId);
        }
    }

    static final CplSubmissionProcessTest.ScriptedSteps STEPS = new CplSubmissionProcessTest.ScriptedSteps();
    static final ScriptedConflicts CONFLICTS = new ScriptedConflicts();
    /** The submission's side asks which rows wait: those the test put under investigation. */
    static final RowInvestigations ROWS = new RowInvestigations() {
        @Override
        public List<Long> rowsUnderInvestigation(long submissionId) {
            return CONFLICTS.rowsOfSubmission.get(submissionId);
        }

        @Override
        public java.util.function.Function<Long, Optional<String>> visibleTo(String username,
                Predicate<String> hasRole) {
            throw new UnsupportedOperationException("not on a page");
        }
    };
    static final ScriptedAnswers ANSWERS = new ScriptedAnswers();
    /** The services the process calls, each handing its step to the script. */
    static final InvestigationOpening OPENING = new InvestigationOpening() {
        @Override
        public void open(long investigationId, String actor, String note) {
            CONFLICTS.open(investigationId, actor, note);
        }
    };
    static final Recommendations RECOMMENDATIONS = new Recommendations() {
        @Override
        public void recommend(long investigationId, String actor, ConflictRecommendation recommendation) {
            CONFLICTS.recommend(investigationId, actor, recommendation.outcome(), recommendation.imageHash(),
                    recommendation.reasons());
        }
    };
    static final PanelDecisions DECISIONS = new PanelDecisions() {
        @Override
        public void decide(long investigationId, String actor, ConflictDecision decision) {
            CONFLICTS.decide(investigationId, actor, decision.outcome(), decision.imageHash(), decision.rationale());
        }

        @Override
        public void applyDecision(long investigationId) {
            CONFLICTS.applyDecision(investigationId);
        }
    };
    static final OverdueRequests OVERDUE = new OverdueRequests() {
        @Override
        public void remind(long requestId) {
            CONFLICTS.remind(requestId);
        }

        @Override
        public void escalate(long requestId) {
            CONFLICTS.escalate(requestId);
        }

        @Override
        public void chased(long requestId, String actor, String note) {
            CONFLICTS.chased(requestId, actor, note);
        }
    };
    static final InformationRequests REQUESTS = new InformationRequests() {
        @Override
        public Optional<InformationRequest> request(long requestId) {
            return CONFLICTS.request(requestId);
        }

        @Override
        public Role answeringRole(long partyId) {
            return CONFLICTS.answeringRole(partyId);
        }
    };
    static final TestCalendars CALENDARS = new TestCalendars(java.time.Clock.systemUTC(), null);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    private static ProcessEngine engine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:hash-conflict-investigation-process-test;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyApplicationSettings(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of(
                "cplSteps", STEPS.steps(ROWS),
                "cplTaskCompleted", STEPS.listener(),
                "conflictSteps", new ConflictSteps(DECISIONS, OVERDUE, REQUESTS),
                "conflictDeadlines", new ConflictDeadlines(REQUESTS),
                "conflictTaskCompleted", new ConflictTaskCompleted(OPENING, RECOMMENDATIONS, DECISIONS, OVERDUE,
                        ANSWERS)));
        ProcessEngine engine = configuration.buildProcessEngine();
        CONFLICTS.driver = new InvestigationDriver(engine.getRuntimeService(), engine.getTaskService(),
                engine.getManagementService());
        CONFLICTS.waits = new ConflictWaits(engine.getRuntimeService());
        STEPS.onConflicts = submissionId -> CONFLICTS.investigate(new RowsConflict(submissionId,
                CONFLICTS.rowsOfSubmission.get(submissionId)));
        return engine;
    }

    @BeforeEach
    void init() {
        BpmnAwareTests.init(extension.getProcessEngine());
        STEPS.verifications.clear();
        STEPS.route = SubmissionScreening.Route.CONFLICT;
        STEPS.rowsLeft = false;
        STEPS.calls.clear();
        CONFLICTS.rowsOfSubmission.clear();
        CONFLICTS.submissionReference.clear();
        CONFLICTS.investigationOfRow.clear();
        CONFLICTS.investigationReference.clear();
        CONFLICTS.requests.clear();
        CONFLICTS.answers.clear();
        CONFLICTS.calls.clear();
        ANSWERS.calls.clear();
        CONFLICTS.investigationReference.put(1L, "HCI-2026-000001");
        CONFLICTS.investigationReference.put(2L, "HCI-2026-000002");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A submission whose rows conflict; each row id maps to the investigation that decides it. */
    private ProcessInstance conflicting(long submissionId, String reference, Map<Long, Long> rowsToInvestigations) {
        CONFLICTS.rowsOfSubmission.put(submissionId, List.copyOf(rowsToInvestigations.keySet()));
        CONFLICTS.submissionReference.put(submissionId, reference);
        CONFLICTS.investigationOfRow.putAll(rowsToInvestigations);
        ProcessInstance instance = extension.getRuntimeService().startProcessInstanceByKey(
                CplSubmissionProcess.PROCESS_ID, reference,
                Map.of(CplSubmissionProcess.SUBMISSION_ID, submissionId, CplSubmissionProcess.REFERENCE, reference));
        execute(jobOf(instance));
        execute(jobOf(instance));
        return instance;
    }

    private Job jobOf(ProcessInstance instance) {
        return extension.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
                .singleResult();
    }

    private ProcessInstance investigation(String reference) {
        return extension.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(HashConflictProcess.PROCESS_ID).processInstanceBusinessKey(reference).singleResult();
    }

    private Task taskOf(ProcessInstance instance, String key) {
        return extension.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private void completeAs(String user, Task task, Map<String, Object> fields) {
        extension.getTaskService().claim(task.getId(), user);
        complete(task, fields);
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** SECAS opens and recommends; the Panel decides; the decision is applied. */
    private void decided(ProcessInstance investigation, String outcome) {
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields("note", "Parties checked"));
        completeAs("secas", taskOf(investigation, "recommendOutcome"), fields("outcome", outcome, "reasons",
                "The manufacturer confirms the image"));
        assertThat(investigation).isWaitingAt("decideConflict").task().hasCandidateGroup("panel");
        completeAs("panel", taskOf(investigation, "decideConflict"), fields("outcome", outcome, "reasons",
                "Panel meeting 123, minute 4"));
        execute(jobOf(investigation));
    }

    private void asked(long requestId, String investigationReference, long partyId, ZonedDateTime askedAt) {
        Instant due = CALENDARS.calendar().closingTime(askedAt.toLocalDate(), WorkingDays.of(5)).toInstant();
        Instant escalate = CALENDARS.calendar().closingTime(due.atZone(java.time.ZoneId.of("Europe/London"))
                .toLocalDate(), WorkingDays.of(3)).toInstant();
        CONFLICTS.requests.put(requestId, InvestigationWorld.request(1L, partyId, "Did you build this image?",
                askedAt.toInstant(), 5, due, escalate));
        CONFLICTS.driver.changed(new InvestigationChanged(1L, investigationReference, Kind.ASKED, requestId, false));
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void thePanelReplacesTheCurrentHashAndTheSubmissionIsCompleted() {
        ProcessInstance submission = conflicting(1L, FIRST, Map.of(11L, 1L));

        assertThat(submission).isWaitingAt("awaitConflictDecision");
        ProcessInstance investigation = investigation("HCI-2026-000001");
        assertThat(investigation).isWaitingAt("openInvestigation").task().hasCandidateGroup("secas");
        decided(investigation, "replace");

        assertThat(investigation).isEnded().hasPassedInOrder("openInvestigation", "recommendOutcome", "decideConflict",
                "applyDecision", "decided");
        assertThat(CONFLICTS.calls).containsExactly("detected 1", "open 1 secas",
                "recommend 1 REPLACE secas: The manufacturer confirms the image",
                "decide 1 REPLACE panel: Panel meeting 123, minute 4", "apply 1");
        assertThat(submission).isWaitingAt("updateRegister");
        execute(jobOf(submission));
        assertThat(submission).isEnded().hasPassed("conflictsDecided", "completed").hasNotPassed("secasReview");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void thePanelRetainsTheCurrentHashAndTheOtherRowsGoToSecasReview() {
        STEPS.rowsLeft = true;
        ProcessInstance submission = conflicting(1L, FIRST, Map.of(11L, 1L));

        decided(investigation("HCI-2026-000001"), "Retain");

        assertThat(CONFLICTS.calls).contains("decide 1 RETAIN panel: Panel meeting 123, minute 4");
        assertThat(submission).isWaitingAt("secasReview");
        assertThat(extension.getRuntimeService().getVariables(submission.getId())).doesNotContainKeys("outcome",
                "reasons");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void aRecommendationWithoutAnOutcomeOrReasonsIsRefusedAndTheTaskStaysOpen() {
        conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance investigation = investigation("HCI-2026-000001");
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields());

        assertThatThrownBy(() -> completeAs("secas", taskOf(investigation, "recommendOutcome"),
                fields("outcome", "maybe", "reasons", "?"))).hasRootCauseInstanceOf(TaskFieldsRefused.class)
                .rootCause().hasMessage("Say outcome = replace or retain, not 'maybe'.");
        assertThatThrownBy(() -> complete(taskOf(investigation, "recommendOutcome"), fields("outcome", "replace")))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class);
        assertThat(investigation).isWaitingAt("recommendOutcome");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void theSubmitterWithdrawsAndTheInvestigationEndsWithoutADecision() {
        ProcessInstance submission = conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance investigation = investigation("HCI-2026-000001");
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields());
        asked(7L, "HCI-2026-000001", SUPPLIER_PARTY, ZonedDateTime.now());

        extension.getRuntimeService().createMessageCorrelation(CplSubmissionProcess.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(FIRST).correlateAll();
        CONFLICTS.driver.changed(new InvestigationChanged(1L, "HCI-2026-000001", Kind.WITHDRAWN, null, false));

        assertThat(submission).isEnded().hasPassed("withdrawnEnd").hasNotPassed("updateRegister");
        assertThat(investigation).isEnded().hasPassed("withdrawnEnd").hasNotPassed("decideConflict", "applyDecision");
        assertThat(extension.getTaskService().createTaskQuery().count()).as("the open request ends too").isZero();
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void twoConflictingRowsAreInvestigatedInParallelAndTheSubmissionWaitsForBoth() {
        ProcessInstance submission = conflicting(1L, FIRST, new java.util.TreeMap<>(Map.of(11L, 1L, 12L, 2L)));

        assertThat(investigation("HCI-2026-000001")).isWaitingAt("openInvestigation");
        assertThat(investigation("HCI-2026-000002")).isWaitingAt("openInvestigation");
        decided(investigation("HCI-2026-000002"), "retain");
        assertThat(submission).as("one row still waits").isWaitingAt("awaitConflictDecision");

        decided(investigation("HCI-2026-000001"), "replace");
        assertThat(submission).isWaitingAt("updateRegister");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void aSecondSubmissionOnTheSameDeviceModelJoinsTheOpenInvestigation() {
        ProcessInstance first = conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance second = conflicting(2L, SECOND, Map.of(21L, 1L));

        assertThat(CONFLICTS.calls).containsExactly("detected 1", "joined 1");
        assertThat(extension.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(HashConflictProcess.PROCESS_ID).count()).as("investigated once").isEqualTo(1);
        decided(investigation("HCI-2026-000001"), "replace");

        assertThat(first).isWaitingAt("updateRegister");
        assertThat(second).isWaitingAt("updateRegister");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void aRequestGoesToTheAskedPartysOwnUsersAndTheirAnswerCompletesIt() {
        conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance investigation = investigation("HCI-2026-000001");
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields());

        asked(7L, "HCI-2026-000001", SUPPLIER_PARTY, ZonedDateTime.now());
        asked(8L, "HCI-2026-000001", MANUFACTURER_PARTY, ZonedDateTime.now());

        List<Task> requests = extension.getTaskService().createTaskQuery().taskDefinitionKey("answerRequest")
                .orderByTaskCreateTime().asc().list();
        assertThat(requests).hasSize(2);
        assertThat(extension.getTaskService().createTaskQuery().taskCandidateGroup("supplier@12").count()).isEqualTo(1);
        assertThat(extension.getTaskService().createTaskQuery().taskCandidateGroup("manufacturer@30").count())
                .isEqualTo(1);
        assertThat(extension.getTaskService().createTaskQuery().taskCandidateGroup("supplier").count())
                .as("not offered to every supplier").isZero();

        Task supplierTask = extension.getTaskService().createTaskQuery().taskCandidateGroup("supplier@12").singleResult();
        assertThatThrownBy(() -> completeAs("supplier", supplierTask, fields()))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class);
        complete(supplierTask, fields("answer", "Yes, image 38040404"));
        assertThat(ANSWERS.calls).containsExactly("answer 7 supplier: Yes, image 38040404");

        // The manufacturer answers on the investigation page: the answer is recorded there, its task follows.
        CONFLICTS.answers.put(8L, InvestigationWorld.answer(8L, "manufacturer", "We built it"));
        CONFLICTS.driver.changed(new InvestigationChanged(1L, "HCI-2026-000001", Kind.ANSWERED, 8L, false));
        assertThat(extension.getTaskService().createTaskQuery().taskDefinitionKey("answerRequest").count()).isZero();
        assertThat(investigation).isWaitingAt("recommendOutcome");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void everyUserTaskOpensTheInvestigationPageWhichFindsTheWaitingSteps() {
        conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance investigation = investigation("HCI-2026-000001");
        CamundaInvestigationSteps steps = new CamundaInvestigationSteps();
        steps.tasks = extension.getTaskService();
        assertThat(steps.open("HCI-2026-000001")).extracting(uk.secgov.hashconflict.InvestigationSteps.OpenStep::step)
                .containsExactly(uk.secgov.hashconflict.InvestigationSteps.Step.OPEN);
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields());
        asked(7L, "HCI-2026-000001", SUPPLIER_PARTY, ZonedDateTime.now());

        List<uk.secgov.hashconflict.InvestigationSteps.OpenStep> open = steps.open("HCI-2026-000001");
        assertThat(open).extracting(uk.secgov.hashconflict.InvestigationSteps.OpenStep::step).containsExactlyInAnyOrder(
                uk.secgov.hashconflict.InvestigationSteps.Step.RECOMMEND, uk.secgov.hashconflict.InvestigationSteps.Step.ANSWER);
        assertThat(open).filteredOn(o -> o.step() == uk.secgov.hashconflict.InvestigationSteps.Step.ANSWER)
                .extracting(uk.secgov.hashconflict.InvestigationSteps.OpenStep::requestId).containsExactly(7L);
        assertThat(steps.open("HCI-2026-000002")).isEmpty();
        for (Task task : extension.getTaskService().createTaskQuery().processInstanceBusinessKey("HCI-2026-000001")
                .initializeFormKeys().list()) {
            assertThat(task.getFormKey()).as(task.getTaskDefinitionKey()).isEqualTo("app:/cpl/investigation.xhtml");
        }
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void anUnansweredRequestIsRemindedAtItsDueDateAndEscalatedThreeWorkingDaysLaterOverABankHoliday() {
        conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance investigation = investigation("HCI-2026-000001");
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields());
        // Asked on Friday 3 May 2024: Monday 6 May is the Early May bank holiday.
        ZonedDateTime askedAt = LocalDate.of(2024, 5, 3).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London"));
        ClockUtil.setCurrentTime(Date.from(askedAt.toInstant()));
        asked(7L, "HCI-2026-000001", SUPPLIER_PARTY, askedAt);

        Task request = extension.getTaskService().createTaskQuery().taskDefinitionKey("answerRequest").singleResult();
        Instant due = Instant.parse("2024-05-13T16:00:00Z");
        Instant escalation = Instant.parse("2024-05-16T16:00:00Z");
        assertThat(request.getDueDate().toInstant()).as("5 Working Days, 17:00 BST").isEqualTo(due);
        List<Job> timers = extension.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().list();
        assertThat(timers).extracting(j -> j.getDuedate().toInstant()).containsExactly(due, escalation);

        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
        extension.getManagementService().executeJob(timers.get(0).getId());
        assertThat(CONFLICTS.calls).contains("remind 7");
        assertThat(taskOf(investigation, "chaseAnswer")).isNull();

        ClockUtil.setCurrentTime(Date.from(escalation.plusSeconds(1)));
        extension.getManagementService().executeJob(timers.get(1).getId());
        assertThat(CONFLICTS.calls).contains("escalate 7");
        Task chase = taskOf(investigation, "chaseAnswer");
        assertThat(chase.getName()).isEqualTo("Chase the overdue answer");
        assertThat(extension.getTaskService().createTaskQuery().taskId(chase.getId()).taskCandidateGroup("secas")
                .count()).isEqualTo(1);
        assertThat(extension.getTaskService().createTaskQuery().taskDefinitionKey("answerRequest").count())
                .as("the party can still answer").isEqualTo(1);
        assertThatThrownBy(() -> completeAs("secas", chase, fields())).hasRootCauseInstanceOf(TaskFieldsRefused.class);
        complete(chase, fields("note", "Phoned the supplier; answer promised Friday"));
        assertThat(CONFLICTS.calls).contains("chased 7 secas: Phoned the supplier; answer promised Friday");
    }

    @Test
    @Deployment(resources = {"bpmn/cpl-submission.bpmn", "bpmn/hash-conflict-investigation.bpmn"})
    void theDecisionClosesRequestsStillOpen() {
        ProcessInstance submission = conflicting(1L, FIRST, Map.of(11L, 1L));
        ProcessInstance investigation = investigation("HCI-2026-000001");
        completeAs("secas", taskOf(investigation, "openInvestigation"), fields());
        asked(7L, "HCI-2026-000001", SUPPLIER_PARTY, ZonedDateTime.now());
        completeAs("secas", taskOf(investigation, "recommendOutcome"), fields("outcome", "retain", "reasons", "r"));
        completeAs("panel", taskOf(investigation, "decideConflict"), fields("outcome", "retain", "reasons", "r"));
        execute(jobOf(investigation));

        assertThat(investigation).isEnded().hasPassed("decided");
        assertThat(extension.getTaskService().createTaskQuery().count()).isZero();
        assertThat(submission).isWaitingAt("updateRegister");
    }
}
