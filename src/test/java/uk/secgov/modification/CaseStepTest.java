package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CaseStepTest {

    private final ModificationFixtures f = new ModificationFixtures();

    @Test
    void theCasePageOffersTheTwelveStepsOfItsFormEachToItsRolesAtItsStage() {
        Map<String, CaseStep> page = CaseStep.byPageStep(s -> s);

        assertThat(page).hasSize(12).containsEntry("precheck", CaseStep.PRECHECK)
                .containsEntry("appealDecision", CaseStep.APPEAL_DECISION).doesNotContainKey("chooseRelease");
        assertThat(page.get("conversion").roles()).containsExactlyInAnyOrder("secas", "panel");
        assertThat(page.get("conversion").stage()).contains(Stage.AWAITING_CONVERSION);
        assertThat(page.get("changeBoard").roles()).containsExactlyInAnyOrder("secas", "changeboard");
        assertThat(page.get("changeBoard").stage()).contains(Stage.CHANGE_BOARD);
        assertThat(page.get("objection").roles()).containsExactly("secas");
        assertThat(page.get("objection").stage()).contains(Stage.OBJECTION_WINDOW);
    }

    @Test
    void whoMayRecordAStepIsSecasAndTheBodyItsTaskIsOfferedTo() throws Exception {
        Map<String, String> candidateGroups = userTaskCandidateGroups(Path.of("bpmn/modification-lifecycle.bpmn"));

        for (CaseStep step : CaseStep.values()) {
            Set<String> expected = new TreeSet<>(List.of("secas", candidateGroups.get(step.task())));
            assertThat(new TreeSet<>(step.roles())).as(step.name()).isEqualTo(expected);
        }
    }

    private static Map<String, String> userTaskCandidateGroups(Path bpmn) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList tasks = factory.newDocumentBuilder().parse(bpmn.toFile())
                .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
        Map<String, String> groups = new HashMap<>();
        for (int i = 0; i < tasks.getLength(); i++) {
            Element task = (Element) tasks.item(i);
            groups.put(task.getAttribute("id"),
                    task.getAttributeNS("http://camunda.org/schema/1.0/bpmn", "candidateGroups"));
        }
        return groups;
    }

    @Test
    void eachRecordedStepCompletesTheTaskWaitingForIt() {
        Map<TimelineKind, String> completes = CaseStep.taskByRecord(true);

        assertThat(completes).hasSize(14).contains(
                entry(TimelineKind.PRECHECK_COMPLETED, "giveSecasComments"),
                entry(TimelineKind.CONVERTED, "convertProposal"),
                entry(TimelineKind.CHANGE_BOARD_VOTED, "voteOnModificationReport"),
                entry(TimelineKind.APPEAL_DECIDED, "decideAppeal"),
                entry(TimelineKind.ADOPTED, "recordAdoption"),
                entry(TimelineKind.RESUMED, "resumeCase"))
                .doesNotContainKey(TimelineKind.SCHEDULED);
    }

    @Test
    void schedulingCompletesTheReleaseChoiceOnlyIfTheProcessWaitsForIt() {
        assertThat(CaseStep.taskByRecord(false)).containsExactly(entry(TimelineKind.SCHEDULED, "chooseRelease"));
    }

    @Test
    void everyUserTaskHasItsPendingTestAndEveryTaskIdIsAUserTaskOfTheLifecycle() {
        assertThat(CaseStep.pendingByTask().keySet()).isEqualTo(Set.of("giveSecasComments", "developProblemStatement",
                "convertProposal", "agreeUrgentTimetable", "decideFastTrack", "recordObjection", "refineProposal",
                "approveModificationReport", "voteOnModificationReport", "determineModification", "recordAppeal",
                "decideAppeal", "chooseRelease", "recordAdoption", "resumeCase"));
    }

    @Test
    void aStageStepIsPendingWhileTheCaseIsAtItsStage() {
        Modification draft = f.draft("Pending pre-check", LocalDate.of(2024, 5, 1));

        assertThat(CaseStep.pendingByTask().get("giveSecasComments")).accepts(draft);
        assertThat(CaseStep.pendingByTask().get("developProblemStatement")).rejects(draft);
        assertThat(CaseStep.pendingByTask().get("chooseRelease")).rejects(draft);
    }

    @Test
    void adoptionIsPendingWhileAWithdrawnCaseWaitsAndResumptionWhileItIsOnHold() {
        Modification held = f.draft("Held", LocalDate.of(2024, 5, 1));
        f.interruptions.putOnHold(held.reference().toString(), "Waiting for a related case", LocalDate.of(2024, 5, 2),
                "secas");
        Modification withdrawn = f.draft("Withdrawn", LocalDate.of(2024, 5, 1));
        f.interruptions.withdraw(withdrawn.reference().toString(), "No longer needed", LocalDate.of(2024, 5, 2),
                "secas");

        assertThat(CaseStep.RESUMPTION.isPending(held)).isTrue();
        assertThat(CaseStep.ADOPTION.isPending(held)).isFalse();
        assertThat(CaseStep.ADOPTION.isPending(withdrawn)).isTrue();
        assertThat(CaseStep.RESUMPTION.isPending(withdrawn)).isFalse();
    }
}
