package uk.secgov.platform.persistence;

/**
 * Searches whose text is matched literally: a caller's {@code %} or {@code _} is the character, not a
 * wildcard. Queries say {@code like ? escape '!'} ({@link #ESCAPE_CLAUSE}).
 */
public final class LikePatterns {

    /** What follows {@code like ?} in a query that takes one of these patterns. */
    public static final String ESCAPE_CLAUSE = " escape '!'";

    private LikePatterns() {
    }

    /** The text with the escape character and both wildcards escaped. */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Matches values containing the text. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches values starting with the text. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }
}
