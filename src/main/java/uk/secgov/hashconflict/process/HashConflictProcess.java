package uk.secgov.hashconflict.process;

/** The names shared by {@code bpmn/hash-conflict-investigation.bpmn} and its adapters. */
final class HashConflictProcess {

    static final String PROCESS_ID = "hash-conflict-investigation";
    static final String INVESTIGATION_ID = "investigationId";
    static final String REFERENCE = "reference";
    static final String REQUEST_ID = "requestId";
    /** The event subprocess that carries one information request. */
    static final String INFORMATION_REQUEST = "informationRequest";
    static final String ANSWER_REQUEST = "answerRequest";
    /** The timers on a request: the reminder at the due date, the escalation later. */
    static final String REQUEST_DUE = "requestDue";
    static final String REQUEST_OVERDUE = "requestOverdue";
    static final String WITHDRAWN_MESSAGE = "hash-conflict-withdrawn";

    private HashConflictProcess() {
    }
}
