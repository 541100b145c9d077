package uk.secgov.modification.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import uk.secgov.modification.CaseStep;
import uk.secgov.modification.Implementation;
import uk.secgov.modification.WindowClosing;

class LifecycleServiceTasksTest {

    private static BpmnModelInstance lifecycle() throws Exception {
        try (InputStream in = LifecycleServiceTasksTest.class.getResourceAsStream("/bpmn/modification-lifecycle.bpmn")) {
            return Bpmn.readModelFromStream(in);
        }
    }

    @Test
    void everyUserTaskOfTheLifecycleIsAStepOfTheCatalogueForItsCandidateGroup() throws Exception {
        var userTasks = lifecycle().getModelElementsByType(UserTask.class);

        assertThat(userTasks.stream().map(UserTask::getId).collect(Collectors.toSet()))
                .isEqualTo(CaseStep.pendingByTask().keySet());
        for (UserTask task : userTasks) {
            CaseStep step = Arrays.stream(CaseStep.values()).filter(s -> s.task().equals(task.getId())).findFirst()
                    .orElseThrow();
            assertThat(step.roles()).as(task.getId()).contains(task.getCamundaCandidateGroups());
        }
    }

    @Test
    void everyServiceTaskOfTheLifecycleIsTheOneBeanAndRecordsAStep() throws Exception {
        BpmnModelInstance model = lifecycle();

        var serviceTasks = model.getModelElementsByType(ServiceTask.class);

        assertThat(serviceTasks).extracting(ServiceTask::getCamundaDelegateExpression)
                .containsOnly("${modificationServiceTask}");
        assertThat(serviceTasks.stream().map(ServiceTask::getId).collect(Collectors.toSet()))
                .isEqualTo(new LifecycleServiceTasks(new WindowClosing(), new Implementation()).tasks().keySet())
                .containsExactlyInAnyOrder("closeObjectionWindow", "closeReportConsultation", "closeAppealWindow",
                        "closeWithdrawn", "scheduleImplementation", "recordImplemented");
    }
}
