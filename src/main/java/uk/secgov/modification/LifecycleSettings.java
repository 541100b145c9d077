package uk.secgov.modification;

import java.util.Map;

/**
 * The lifecycle's numbers that domain.md marks as assumed or configurable, read from the environment
 * at start-up (docs/operations.md lists the variables): Working Days for each window and the Change
 * Board's aggregation rule.
 */
public record LifecycleSettings(int precheckWorkingDays, int consultationWorkingDays, int objectionWorkingDays,
        int appealWorkingDays, int adoptionWorkingDays, ChangeBoardRule changeBoardRule) {

    /** SECAS's pre-check aim, report consultation, Fast-Track objection, Path 3 appeal, adoption after withdrawal. */
    public static final LifecycleSettings DEFAULTS = new LifecycleSettings(5, 15, 15, 15, 5,
            ChangeBoardRule.MAJORITY_OF_CATEGORIES);

    public LifecycleSettings {
        for (int days : new int[] {precheckWorkingDays, consultationWorkingDays, objectionWorkingDays,
                appealWorkingDays, adoptionWorkingDays}) {
            if (days < 1 || days > 100) {
                throw new IllegalArgumentException("A window is 1 to 100 Working Days, not " + days);
            }
        }
        if (changeBoardRule == null) {
            throw new IllegalArgumentException("A Change Board rule is required");
        }
    }

    /** The settings from {@code SECGOV_MOD_*} variables, each defaulting to {@link #DEFAULTS}. */
    public static LifecycleSettings from(Map<String, String> environment) {
        return new LifecycleSettings(
                number(environment, "SECGOV_MOD_PRECHECK_WORKING_DAYS", DEFAULTS.precheckWorkingDays),
                number(environment, "SECGOV_MOD_CONSULTATION_WORKING_DAYS", DEFAULTS.consultationWorkingDays),
                number(environment, "SECGOV_MOD_OBJECTION_WORKING_DAYS", DEFAULTS.objectionWorkingDays),
                number(environment, "SECGOV_MOD_APPEAL_WORKING_DAYS", DEFAULTS.appealWorkingDays),
                number(environment, "SECGOV_MOD_ADOPTION_WORKING_DAYS", DEFAULTS.adoptionWorkingDays),
                ChangeBoardRule.valueOf(environment.getOrDefault("SECGOV_MOD_CHANGE_BOARD_RULE",
                        DEFAULTS.changeBoardRule.name())));
    }

    private static int number(Map<String, String> environment, String name, int fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
