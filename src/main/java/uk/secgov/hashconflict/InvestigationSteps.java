package uk.secgov.hashconflict;

import java.util.List;

/**
 * The steps of an investigation's process that wait for someone now (the user tasks of
 * {@code hash-conflict-investigation}), so its page can offer the forms that complete them.
 */
public interface InvestigationSteps {

    /** A waiting step: its task, which step it is, and the request it is about (answering, chasing). */
    record OpenStep(String taskId, Step step, Long requestId) {
    }

    /** The user tasks of the process, by their BPMN ids. */
    enum Step {
        OPEN("openInvestigation"), RECOMMEND("recommendOutcome"), DECIDE("decideConflict"), ANSWER("answerRequest"),
        CHASE("chaseAnswer");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        public static java.util.Optional<Step> ofTaskKey(String key) {
            return java.util.Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
        }
    }

    /** The steps waiting in the investigation's process now (none once it has ended). */
    List<OpenStep> open(String reference);
}
