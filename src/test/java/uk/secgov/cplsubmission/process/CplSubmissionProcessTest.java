package uk.secgov.cplsubmission.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.secgov.cplsubmission.RowChoice;
import uk.secgov.cplsubmission.RowInvestigations;
import uk.secgov.cplsubmission.SubmissionConflicts;
import uk.secgov.cplsubmission.SubmissionDecisions;
import uk.secgov.cplsubmission.SubmissionReview;
import uk.secgov.cplsubmission.SubmissionScreening;
import uk.secgov.cplsubmission.SubmissionScreening.Route;
import uk.secgov.cplsubmission.SubmissionVerification;
import uk.secgov.cplsubmission.SubmissionVerification.Verification;
import uk.secgov.inbox.TaskFieldsRefused;
import uk.secgov.platform.engine.ProcessEngineBootstrap;

/**
 * Every path of {@code cpl-submission} on an in-memory engine, with the real task listener and
 * service-task adapter over a scripted stand-in for the steps (the steps have their own tests).
 */
public class CplSubmissionProcessTest {

    /** Answers each step from a script and records what it was asked. */
    public static final class ScriptedSteps {

        public final Deque<Verification> verifications = new ArrayDeque<>();
        public Route route = Route.REVIEW;
        boolean delegated;
        public boolean rowsLeft;
        public final List<String> calls = new ArrayList<>();
        /** What announcing the conflicting rows does (the investigations' side, scripted by the test). */
        public java.util.function.LongConsumer onConflicts = submissionId -> { };

        private final SubmissionVerification verification = new SubmissionVerification() {
            @Override
            public Verification verify(long submissionId) {
                calls.add("verify");
                return verifications.isEmpty() ? Verification.PASSED : verifications.pop();
            }

            @Override
            public void reject(long submissionId, String actor, String reason) {
                calls.add("reject " + actor + ": " + reason);
            }
        };

        private final SubmissionScreening screening = new SubmissionScreening() {
            @Override
            public Route applyRules(long submissionId) {
                calls.add("rules");
                return route;
            }
        };

        private final SubmissionConflicts conflicts = new SubmissionConflicts() {
            @Override
            public void openInvestigations(long submissionId) {
                onConflicts.accept(submissionId);
            }

            @Override
            public boolean conflictsDecided(long submissionId) {
                calls.add("conflicts decided");
                return rowsLeft;
            }
        };

        private final SubmissionReview review = new SubmissionReview() {
            @Override
            public Outcome recommend(long submissionId, String actor, Map<Integer, RowChoice> choices) {
                calls.add("review " + actor + " " + choices);
                return delegated ? Outcome.DELEGATED : Outcome.RECOMMENDED;
            }

            @Override
            public Outcome returnToSubmitter(long submissionId, String actor, String reason) {
                calls.add("review " + actor + " return " + reason);
                return Outcome.RETURNED;
            }
        };

        private final SubmissionDecisions decisions = new SubmissionDecisions() {
            @Override
            public void decide(long submissionId, String actor, Map<Integer, RowChoice> choices) {
                calls.add("decide " + actor + " " + choices);
            }

            @Override
            public void updateRegister(long submissionId) {
                calls.add("register");
            }
        };

        /** The service-task adapter over these steps, with the investigations' side given. */
        public CplSteps steps(RowInvestigations investigations) {
            return new CplSteps(verification, screening, conflicts, decisions, investigations);
        }

        public CplTaskCompleted listener() {
            return new CplTaskCompleted(review, decisions);
        }
    }

    static final ScriptedSteps STEPS = new ScriptedSteps();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    private static ProcessEngine engine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:cpl-submission-process-test;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyApplicationSettings(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of("cplSteps", STEPS.steps(null), "cplTaskCompleted", STEPS.listener()));
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void init() {
        BpmnAwareTests.init(extension.getProcessEngine());
        STEPS.verifications.clear();
        STEPS.route = Route.REVIEW;
        STEPS.delegated = false;
        STEPS.rowsLeft = false;
        STEPS.calls.clear();
    }

    private ProcessInstance submitted() {
        ProcessInstance instance = extension.getRuntimeService().startProcessInstanceByKey(
                CplSubmissionProcess.PROCESS_ID, "CPL-2026-000001",
                Map.of(CplSubmissionProcess.SUBMISSION_ID, 1L, CplSubmissionProcess.REFERENCE, "CPL-2026-000001"));
        assertThat(instance).as("the intake commits before any work starts").isWaitingAt("verify");
        execute(job());
        return instance;
    }

    private void completeAs(String user, Map<String, Object> fields) {
        extension.getTaskService().claim(task().getId(), user);
        complete(task(), fields);
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void aVerifiedSubmissionIsReviewedByTheSecasThenDecidedByThePanelThenListed() {
        ProcessInstance instance = submitted();
        execute(job());

        assertThat(instance).isWaitingAt("secasReview").task().hasCandidateGroup("secas");
        assertThat(task().getDescription()).startsWith("CPL-2026-000001: check each Device Model row");
        completeAs("secas", fields("row2", "associate", "reason2", "Meets 4.3"));
        assertThat(instance).isWaitingAt("panelDecision").task().hasCandidateGroup("panel");
        assertThat(extension.getRuntimeService().getVariables(instance.getId())).doesNotContainKeys("row2", "reason2");

        completeAs("panel", fields("row2", "Associate", "reason2", "Agreed"));
        execute(job());

        assertThat(instance).isEnded().hasPassedInOrder("verify", "applyRules", "secasReview", "panelDecision",
                "updateRegister", "completed");
        assertThat(STEPS.calls).containsExactly("verify", "rules", "review secas {2=RowChoice[associate=true,"
                + " reason=Meets 4.3]}", "decide panel {2=RowChoice[associate=true, reason=Agreed]}", "register");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void aFailedVerificationOrABadFormEndsRejectedWithoutReview() {
        STEPS.verifications.push(Verification.FAILED);
        assertThat(submitted()).isEnded().hasPassed("rejected").hasNotPassed("applyRules");

        STEPS.verifications.push(Verification.INVALID_FORM);
        assertThat(submitted()).isEnded().hasPassed("rejected");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void withoutACurrentCrlSecasVerifiesAgainOrRejects() {
        STEPS.verifications.push(Verification.TRY_LATER);
        ProcessInstance again = submitted();
        assertThat(again).isWaitingAt("verifyAgain").task().hasCandidateGroup("secas");
        completeAs("secas", fields("action", "verify"));
        assertThat(again).isWaitingAt("verify");
        execute(job());
        execute(job());
        assertThat(again).isWaitingAt("secasReview");

        STEPS.verifications.push(Verification.TRY_LATER);
        ProcessInstance given = submitted();
        assertThatThrownBy(() -> completeAs("secas", fields("action", "reject")))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class).rootCause().hasMessage("Give the reason for rejecting it.");
        complete(task(), fields("action", "reject", "reason", "No current CRL for a week"));
        assertThat(given).isEnded().hasPassed("rejectUnverified", "rejected");
        assertThat(STEPS.calls).contains("reject secas: Rejected by SECAS: No current CRL for a week");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void underThePanelsDelegationSecasDecidesAndThePanelIsNotAsked() {
        STEPS.delegated = true;
        ProcessInstance instance = submitted();
        execute(job());
        completeAs("secas", fields("row2", "associate", "reason2", "No conflict"));
        execute(job());

        assertThat(instance).isEnded().hasPassed("updateRegister", "completed").hasNotPassed("panelDecision");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void secasReturnsTheSubmissionToItsSubmitter() {
        ProcessInstance instance = submitted();
        execute(job());
        completeAs("secas", fields("return", "Row 2 names the wrong model"));

        assertThat(instance).isEnded().hasPassed("rejected").hasNotPassed("panelDecision");
        assertThat(STEPS.calls).contains("review secas return Row 2 names the wrong model");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void allRowsRejectedByTheRulesEndTheSubmission() {
        STEPS.route = Route.REJECTED;
        ProcessInstance instance = submitted();
        execute(job());

        assertThat(instance).isEnded().hasPassed("rejected").hasNotPassed("secasReview");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void theSubmitterWithdrawsBeforeTheDecision() {
        ProcessInstance instance = submitted();
        execute(job());
        completeAs("secas", fields("row2", "associate", "reason2", "ok"));
        assertThat(instance).isWaitingAt("panelDecision");

        extension.getRuntimeService().createMessageCorrelation(CplSubmissionProcess.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey("CPL-2026-000001").correlateAll();

        assertThat(instance).isEnded().hasPassed("withdrawnEnd").hasNotPassed("updateRegister");
    }

    @Test
    @Deployment(resources = "bpmn/cpl-submission.bpmn")
    void aChoiceOtherThanAssociateOrRejectIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = submitted();
        execute(job());

        assertThatThrownBy(() -> completeAs("secas", fields("row2", "maybe", "reason2", "?")))
                .hasRootCauseInstanceOf(TaskFieldsRefused.class).rootCause()
                .hasMessage("Row 2: say associate or reject, not 'maybe'.");
        assertThat(instance).isWaitingAt("secasReview");
    }
}
