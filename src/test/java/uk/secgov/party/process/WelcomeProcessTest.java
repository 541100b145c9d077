package uk.secgov.party.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
import uk.secgov.party.WelcomeGuide;
import uk.secgov.platform.engine.ProcessEngineBootstrap;

/** The welcome process on an in-memory engine, with the real delegate and a stand-in for the guide text. */
class WelcomeProcessTest {

    private static final WelcomeGuide GUIDE = new WelcomeGuide() {
        @Override
        public String messageFor(long userId) {
            return "Welcome, user " + userId;
        }
    };

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(engine()).build();

    private static ProcessEngine engine() {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:welcome-process-test;DB_CLOSE_DELAY=-1");
        ProcessEngineBootstrap.applyApplicationSettings(configuration);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(Map.of("prepareWelcome", new PrepareWelcomeDelegate(GUIDE)));
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void init() {
        BpmnAwareTests.init(extension.getProcessEngine());
    }

    @Test
    @Deployment(resources = "bpmn/welcome.bpmn")
    void aNewUserFindsTheWelcomeGuideInTheirOwnInbox() {
        ProcessInstance instance = extension.getRuntimeService().startProcessInstanceByKey(WelcomeProcess.PROCESS_ID,
                "user:sue", Map.of(WelcomeProcess.USER_ID, 42L, WelcomeProcess.USERNAME, "sue"));

        assertThat(instance).isWaitingAt("prepareWelcome");
        execute(job());

        assertThat(instance).isWaitingAt("readWelcomeGuide").task().isAssignedTo("sue");
        assertThat(task().getDescription()).isEqualTo("Welcome, user 42");
        assertThat(instance).variables().containsEntry(WelcomeProcess.WELCOME_MESSAGE, "Welcome, user 42");

        complete(task());

        assertThat(instance).isEnded().hasPassedInOrder("userCreated", "prepareWelcome", "readWelcomeGuide", "welcomed");
    }
}
