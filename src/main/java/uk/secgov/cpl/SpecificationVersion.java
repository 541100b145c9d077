package uk.secgov.cpl;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SMETS or CHTS version as the form gives it ("SMETS1", "SMETS2 v4.2", "CHTS v4.2"), checked
 * against the versions the SEC has designated. Written back in one canonical spelling.
 */
public record SpecificationVersion(Family family, String number) {

    /** Which technical specification. */
    public enum Family {
        SMETS1, SMETS2, CHTS
    }

    static final List<String> SMETS2_VERSIONS = List.of("1.58", "2.0", "3.0", "3.1", "3.2", "4.0", "4.1", "4.2",
            "4.3", "5.0", "5.1", "5.2");
    static final List<String> CHTS_VERSIONS = List.of("1.46", "2.0", "3.0", "3.1", "3.2", "4.0", "4.1", "4.2", "4.3",
            "5.0", "5.1", "5.2");
    static final List<String> GBCS_VERSIONS = List.of("0.8.1", "1.0", "1.1", "2.0", "2.1", "3.0", "3.1", "3.2", "4.0",
            "4.1", "4.2", "5.0", "5.1", "5.2");

    private static final Pattern SPELLING = Pattern.compile("(SMETS2|CHTS)\\s*V?\\s*(\\d+(?:\\.\\d+)*)");

    public boolean smets1() {
        return family == Family.SMETS1;
    }

    @Override
    public String toString() {
        return family == Family.SMETS1 ? "SMETS1" : family + " v" + number;
    }

    /** Empty if the text is not a designated version; the caller says why. */
    public static Optional<SpecificationVersion> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("SMETS1") || t.equals("SMETS 1")) {
            return Optional.of(new SpecificationVersion(Family.SMETS1, ""));
        }
        Matcher m = SPELLING.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        Family family = Family.valueOf(m.group(1));
        String number = m.group(2);
        List<String> known = family == Family.SMETS2 ? SMETS2_VERSIONS : CHTS_VERSIONS;
        return known.contains(number) ? Optional.of(new SpecificationVersion(family, number)) : Optional.empty();
    }

    /** A GBCS version ("v4.2" or "4.2"), canonical "v4.2". */
    static Optional<String> parseGbcs(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String number = t.startsWith("v") ? t.substring(1).trim() : t;
        return GBCS_VERSIONS.contains(number) ? Optional.of("v" + number) : Optional.empty();
    }
}
