package uk.secgov.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.Objects;
import java.util.EnumSet;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyAdministration;
import uk.secgov.party.PartyAdministration.PartyRegistration;
import uk.secgov.party.PartyCategory;
import uk.secgov.party.Role;
import uk.secgov.party.UserAdministration;
import uk.secgov.party.UserAdministration.NewUser;

/** The embedded engine inside the real WAR: deployment, CDI delegates, job executor, shared JTA transaction. */
@ExtendWith(ArquillianExtension.class)
class ProcessEngineIT {

    @Deployment
    static WebArchive war() {
        // Awaitility (and Hamcrest, which it uses) travel in the test deployment to wait for the job executor.
        return Deployments.realWar().addClass(Deployments.class).addPackages(true, "org.awaitility", "org.hamcrest");
    }

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    PartyAdministration parties;

    @Inject
    UserAdministration users;

    @Inject
    Directory directory;

    @Inject
    UserTransaction transaction;

    private long newParty() {
        return asApplication(() -> parties.register(new PartyRegistration("Engine " + UUID.randomUUID(),
                PartyCategory.SMALL_SUPPLIER, null, null), "it")).id();
    }

    @Test
    void deploysEveryProcessOfTheApplication() {
        for (String process : ProcessEngineBootstrap.PROCESSES) {
            assertNotNull(repositoryService.createProcessDefinitionQuery().processDefinitionKey(process)
                    .latestVersion().singleResult(), process);
        }
        assertEquals("full", ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getHistory());
    }

    @Test
    void theJobExecutorRunsTheCdiDelegateAndTheNewUserGetsTheWelcomeTask() {
        String username = "welcome-" + UUID.randomUUID().toString().substring(0, 8);
        long partyId = newParty();
        asApplication(() -> users.create(new NewUser(username, "Wendy Welcome", null, "a-very-long-password", partyId,
                EnumSet.of(Role.SUPPLIER)), "it"));

        Task task = waitForTaskOf(username);

        assertEquals("readWelcomeGuide", task.getTaskDefinitionKey());
        assertTrue(task.getDescription().startsWith("Welcome, Wendy Welcome."), task.getDescription());
        assertEquals(1, historyService.createHistoricActivityInstanceQuery().activityId("prepareWelcome")
                .processInstanceId(task.getProcessInstanceId()).finished().count());
    }

    @Test
    void aRolledBackServiceCallLeavesNeitherTheAccountNorItsProcess() throws Exception {
        long partyId = newParty();
        String username = "rolled-" + UUID.randomUUID().toString().substring(0, 8);

        transaction.begin();
        asApplication(() -> users.create(new NewUser(username, "Rolled Back", null, "a-very-long-password", partyId,
                EnumSet.of(Role.SUPPLIER)), "it"));
        assertEquals(1, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("user:" + username)
                .count(), "inside the transaction the process has started");
        transaction.rollback();

        assertTrue(directory.user(username).isEmpty());
        assertEquals(0, runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("user:" + username)
                .count());
        assertEquals(0, historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                "user:" + username).count());
    }

    private Task waitForTaskOf(String username) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> taskService.createTaskQuery().taskAssignee(username).singleResult(), Objects::nonNull);
    }

    /** Administration as the application itself would do it (this test calls the use cases without a signed-in person). */
    private static <T> T asApplication(java.util.concurrent.Callable<T> work) {
        try {
            return uk.secgov.platform.security.Callers.asSystem(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
