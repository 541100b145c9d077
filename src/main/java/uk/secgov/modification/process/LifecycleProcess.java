package uk.secgov.modification.process;

/** The names the modification lifecycle process and its adapters share. */
public final class LifecycleProcess {

    public static final String PROCESS_ID = "modification-lifecycle";
    /** The case's database id (a Long): the only variable the process carries. */
    public static final String CASE_ID = "caseId";
    public static final String BUSINESS_KEY_PREFIX = "modification:";

    public static final String WITHDRAWN = "ModificationWithdrawn";
    public static final String PUT_ON_HOLD = "ModificationPutOnHold";
    public static final String SUPERSEDED = "ModificationSuperseded";

    private LifecycleProcess() {
    }

    public static String businessKey(long caseId) {
        return BUSINESS_KEY_PREFIX + caseId;
    }

    static long caseId(Object variable) {
        return ((Number) variable).longValue();
    }
}
