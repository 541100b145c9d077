package uk.secgov.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.Test;

/** Every file in bpmn/ is deployed, named after its process, time-limited in history and drawable. */
class ProcessDefinitionsTest {

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @Test
    void everyProcessFileIsDeployedAtStartUp() throws IOException {
        assertThat(bpmnFiles()).extracting(f -> f.getFileName().toString().replace(".bpmn", ""))
                .containsExactlyInAnyOrderElementsOf(ProcessEngineBootstrap.PROCESSES);
    }

    @Test
    void everyProcessIsNamedAfterItsFileHasAHistoryTimeToLiveAndADiagram() throws IOException {
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Bpmn.validateModel(model);
            List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
            assertThat(processes).as(file.toString()).hasSize(1);
            assertThat(processes.get(0).getId()).isEqualTo(file.getFileName().toString().replace(".bpmn", ""));
            assertThat(processes.get(0).getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
            assertThat(model.getModelElementsByType(BpmnDiagram.class)).as(file + " diagram").isNotEmpty();
        }
    }
}
