package uk.secgov.hashconflict.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import uk.secgov.hashconflict.InvestigationSteps;

/** The open user tasks of an investigation's {@code hash-conflict-investigation} instance. */
@ApplicationScoped
public class CamundaInvestigationSteps implements InvestigationSteps {

    @Inject
    TaskService tasks;

    @Override
    public List<OpenStep> open(String reference) {
        return tasks.createTaskQuery().processDefinitionKey(HashConflictProcess.PROCESS_ID)
                .processInstanceBusinessKey(reference).orderByTaskCreateTime().asc().list().stream()
                .flatMap(t -> Step.ofTaskKey(t.getTaskDefinitionKey()).map(step -> new OpenStep(t.getId(), step,
                        step == Step.ANSWER || step == Step.CHASE ? requestOf(t.getId()) : null)).stream())
                .toList();
    }

    private Long requestOf(String taskId) {
        return tasks.getVariable(taskId, HashConflictProcess.REQUEST_ID) instanceof Number n ? n.longValue() : null;
    }
}
