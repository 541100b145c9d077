package uk.secgov.cpl;

import java.util.Map;

/**
 * The numbers of Hash conflict investigations that the SEC leaves open, read from the environment at
 * start-up (docs/operations.md lists the variables): the Working Days a Party has to answer by default,
 * how many Working Days after the due date an unanswered request escalates to SECAS, and whether the
 * same Hash already on another Device Model is investigated or only noted as a warning.
 */
public record ConflictSettings(int answerWorkingDays, int escalationWorkingDays, boolean investigateHashElsewhere) {

    public static final ConflictSettings DEFAULTS = new ConflictSettings(5, 3, false);

    public ConflictSettings {
        if (answerWorkingDays < 1 || answerWorkingDays > 60) {
            throw new IllegalArgumentException("An answer is due 1 to 60 Working Days later, not " + answerWorkingDays);
        }
        if (escalationWorkingDays < 0 || escalationWorkingDays > 60) {
            throw new IllegalArgumentException("Escalation is 0 to 60 Working Days after the due date, not "
                    + escalationWorkingDays);
        }
    }

    /** From {@code SECGOV_CPL_ANSWER_WORKING_DAYS}, {@code SECGOV_CPL_ESCALATION_WORKING_DAYS} and
     * {@code SECGOV_CPL_HASH_ELSEWHERE} ({@code warn} or {@code investigate}), each defaulting to {@link #DEFAULTS}. */
    public static ConflictSettings from(Map<String, String> environment) {
        String elsewhere = environment.getOrDefault("SECGOV_CPL_HASH_ELSEWHERE", "warn").strip();
        if (!elsewhere.equalsIgnoreCase("warn") && !elsewhere.equalsIgnoreCase("investigate")) {
            throw new IllegalArgumentException("SECGOV_CPL_HASH_ELSEWHERE is warn or investigate, not " + elsewhere);
        }
        return new ConflictSettings(number(environment, "SECGOV_CPL_ANSWER_WORKING_DAYS", DEFAULTS.answerWorkingDays),
                number(environment, "SECGOV_CPL_ESCALATION_WORKING_DAYS", DEFAULTS.escalationWorkingDays),
                elsewhere.equalsIgnoreCase("investigate"));
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
