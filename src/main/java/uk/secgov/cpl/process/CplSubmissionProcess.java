package uk.secgov.cpl.process;

/** The names shared by {@code bpmn/cpl-submission.bpmn} and its adapters. */
final class CplSubmissionProcess {

    static final String PROCESS_ID = "cpl-submission";
    static final String WITHDRAWN_MESSAGE = "cpl-submission-withdrawn";
    static final String SUBMISSION_ID = "submissionId";
    static final String REFERENCE = "reference";

    private CplSubmissionProcess() {
    }
}
