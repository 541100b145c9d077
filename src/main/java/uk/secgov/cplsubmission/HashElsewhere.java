package uk.secgov.cplsubmission;

import java.util.Map;

/**
 * Whether a row whose Hash is already the current Hash of another Device Model is a conflict to investigate, or only
 * noted on the row as a warning: a rule of the submissions, read from {@code SECGOV_CPL_HASH_ELSEWHERE}
 * ({@code warn}, the default, or {@code investigate}) at start-up.
 */
public record HashElsewhere(boolean investigate) {

    public static final HashElsewhere WARN = new HashElsewhere(false);

    public static HashElsewhere from(Map<String, String> environment) {
        String elsewhere = environment.getOrDefault("SECGOV_CPL_HASH_ELSEWHERE", "warn").strip();
        if (!elsewhere.equalsIgnoreCase("warn") && !elsewhere.equalsIgnoreCase("investigate")) {
            throw new IllegalArgumentException("SECGOV_CPL_HASH_ELSEWHERE is warn or investigate, not " + elsewhere);
        }
        return new HashElsewhere(elsewhere.equalsIgnoreCase("investigate"));
    }
}
