package uk.secgov.cplsubmission.process;

/** The names shared by {@code bpmn/cpl-submission.bpmn} and its adapters. */
public final class CplSubmissionProcess {

    public static final String PROCESS_ID = "cpl-submission";
    public static final String WITHDRAWN_MESSAGE = "cpl-submission-withdrawn";
    public static final String SUBMISSION_ID = "submissionId";
    public static final String REFERENCE = "reference";
    /** After {@code hash-conflict-investigation}'s decision is recorded: the row {@code conflictRowId} is decided. */
    public static final String DECIDED_MESSAGE = "hash-conflict-decided";
    public static final String CONFLICT_ROW_ID = "conflictRowId";

    private CplSubmissionProcess() {
    }
}
