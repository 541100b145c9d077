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

    @Test
    void everyServiceTaskOfTheEarlierProcessVersionFindsTheOneBeanByItsFormerName() throws Exception {
        BpmnModelInstance earlier;
        try (InputStream in = getClass().getResourceAsStream("/bpmn-earlier/modification-lifecycle-2026-11.bpmn")) {
            earlier = Bpmn.readModelFromStream(in);
        }
        EarlierServiceTaskNames names = new EarlierServiceTaskNames();
        names.tasks = new LifecycleServiceTasks(new WindowClosing(), new Implementation());

        for (ServiceTask task : earlier.getModelElementsByType(ServiceTask.class)) {
            String name = task.getCamundaDelegateExpression().replaceAll("^\\$\\{|}$", "");
            java.lang.reflect.Method producer = Arrays.stream(EarlierServiceTaskNames.class.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(jakarta.inject.Named.class)
                            && m.getAnnotation(jakarta.inject.Named.class).value().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no bean named " + name));
            assertThat(producer.isAnnotationPresent(jakarta.enterprise.inject.Produces.class)).as(name).isTrue();
            assertThat(producer.invoke(names)).as(name).isSameAs(names.tasks);
            assertThat(names.tasks.tasks()).as(name).containsKey(task.getId());
        }
    }
}
