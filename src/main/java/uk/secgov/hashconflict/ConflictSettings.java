package uk.secgov.hashconflict;

import java.util.Map;

/**
 * The numbers of Hash conflict investigations that the SEC leaves open, read from the environment at
 * start-up (docs/operations.md lists the variables): the Working Days a Party has to answer by default, and
 * how many Working Days after the due date an unanswered request escalates to SECAS. (Whether the same Hash
 * already on another Device Model is investigated at all is the submissions' rule: {@code cplsubmission.HashElsewhere}.)
 */
public record ConflictSettings(int answerWorkingDays, int escalationWorkingDays) {

    public static final ConflictSettings DEFAULTS = new ConflictSettings(5, 3);

    public ConflictSettings {
        if (answerWorkingDays < 1 || answerWorkingDays > 60) {
            throw new IllegalArgumentException("An answer is due 1 to 60 Working Days later, not " + answerWorkingDays);
        }
        if (escalationWorkingDays < 0 || escalationWorkingDays > 60) {
            throw new IllegalArgumentException("Escalation is 0 to 60 Working Days after the due date, not "
                    + escalationWorkingDays);
        }
    }

    /** From {@code SECGOV_CPL_ANSWER_WORKING_DAYS} and {@code SECGOV_CPL_ESCALATION_WORKING_DAYS}, each defaulting
     * to {@link #DEFAULTS}. */
    public static ConflictSettings from(Map<String, String> environment) {
        return new ConflictSettings(number(environment, "SECGOV_CPL_ANSWER_WORKING_DAYS", DEFAULTS.answerWorkingDays),
                number(environment, "SECGOV_CPL_ESCALATION_WORKING_DAYS", DEFAULTS.escalationWorkingDays));
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
