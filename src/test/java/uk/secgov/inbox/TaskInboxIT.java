package uk.secgov.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;

/** The inbox rules on real engine tasks: who sees a task, who may claim, hand back and complete it. */
@ExtendWith(ArquillianExtension.class)
class TaskInboxIT {

    private static final String PROCESS = "inbox-it-review";

    @Deployment
    static WebArchive war() {
        return Deployments.realWar().addClass(Deployments.class);
    }

    @Inject
    TaskInbox inbox;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    private final InboxCaller sam = new InboxCaller("sam-" + UUID.randomUUID(), Set.of("secas"));
    private final InboxCaller sid = new InboxCaller("sid-" + UUID.randomUUID(), Set.of("secas"));
    private final InboxCaller sue = new InboxCaller("sue-" + UUID.randomUUID(), Set.of("supplier"));
    private String taskId;

    @BeforeEach
    void aReviewTaskOfferedToSecas() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask("reviewThing").name("Review the thing").camundaCandidateGroups("secas")
                .endEvent().done();
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).enableDuplicateFiltering(true)
                .deploy();
        String key = "it:" + UUID.randomUUID();
        runtimeService.startProcessInstanceByKey(PROCESS, key);
        taskId = inbox.tasks(sam, 0, 500).stream().filter(t -> key.equals(t.businessKey())).findFirst()
                .orElseThrow().id();
    }

    @Test
    void aTaskForARoleIsVisibleToThatRoleOnly() {
        InboxTask task = inbox.task(sam, taskId);

        assertEquals("Review the thing", task.name());
        assertNull(task.assignee());
        assertTrue(task.offeredToRole());
        assertThrows(UnknownTask.class, () -> inbox.task(sue, taskId));
        assertTrue(inbox.tasks(sue, 0, 500).stream().noneMatch(t -> t.id().equals(taskId)));
        assertThrows(UnknownTask.class, () -> inbox.claim(sue, taskId));
        assertThrows(UnknownTask.class, () -> inbox.complete(sue, taskId, Map.of()));
    }

    @Test
    void aClaimedTaskLeavesColleaguesInboxesUntilHandedBack() {
        inbox.claim(sam, taskId);

        assertEquals(sam.username(), inbox.task(sam, taskId).assignee());
        assertTrue(inbox.task(sam, taskId).canBeHandedBackBy(sam));
        assertThrows(UnknownTask.class, () -> inbox.task(sid, taskId));
        assertThrows(TaskNotYours.class, () -> inbox.claim(sam, taskId));

        inbox.unclaim(sam, taskId);

        assertNull(inbox.task(sid, taskId).assignee());
        inbox.claim(sid, taskId);
        assertThrows(UnknownTask.class, () -> inbox.unclaim(sam, taskId));
    }

    @Test
    void completingAnUnclaimedTaskClaimsItFirst() {
        inbox.complete(sid, taskId, Map.of("outcome", "done"));

        assertThrows(UnknownTask.class, () -> inbox.task(sid, taskId));
    }

    @Test
    void malformedTaskIdsAreSimplyNotFound() {
        assertThrows(UnknownTask.class, () -> inbox.task(sam, "../../etc/passwd"));
        assertThrows(UnknownTask.class, () -> inbox.task(sam, null));
        assertThrows(UnknownTask.class, () -> inbox.task(sam, "x".repeat(65)));
    }
}
