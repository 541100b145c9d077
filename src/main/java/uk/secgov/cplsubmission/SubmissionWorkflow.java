package uk.secgov.cplsubmission;

/** The process that carries a submission from receipt to decision (the {@code cpl-submission} BPMN process). */
public interface SubmissionWorkflow {

    /** Starts it, in the caller's transaction: the submission and its process commit together or not at all. */
    void start(CplSubmission submission);

    /** Ends it early: the submitter withdrew the submission. */
    void withdraw(CplSubmission submission);

    /** The process's diagram (BPMN XML) and the steps it waits at now (none once it has ended). */
    Diagram diagram(CplSubmission submission);

    /** A diagram and the ids of its current steps. */
    record Diagram(String bpmnXml, java.util.List<String> currentSteps) {
    }
}
