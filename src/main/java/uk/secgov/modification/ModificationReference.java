package uk.secgov.modification;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's reference: {@code DP168} while a Draft Proposal, {@code MP168} once converted (the same
 * number), or a legacy {@code SECMP0107}. Case-insensitive on input, upper case when shown.
 */
public record ModificationReference(Kind kind, int number) {

    /** The three forms a reference takes. */
    public enum Kind {
        DRAFT("DP"), PROPOSAL("MP"), LEGACY("SECMP");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static final int MAX_NUMBER = 9999;
    private static final Pattern FORM = Pattern.compile("(SECMP|DP|MP)(\\d{1,4})");

    public ModificationReference {
        if (kind == null) {
            throw new InvalidModificationRequest("reference", "A reference needs its kind (DP, MP or SECMP).");
        }
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidModificationRequest("reference", "A reference number is 1 to " + MAX_NUMBER
                    + ", but was " + number + ".");
        }
    }

    /** Reads {@code DP168}, {@code mp168} or {@code SECMP0107}. */
    public static ModificationReference parse(String text) {
        if (text == null) {
            throw new InvalidModificationRequest("reference", "Give a reference such as DP168, MP168 or SECMP0107.");
        }
        Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidModificationRequest("reference", "'" + text
                    + "' is not a reference: write DP168, MP168 or SECMP0107.");
        }
        Kind kind = switch (m.group(1)) {
            case "DP" -> Kind.DRAFT;
            case "MP" -> Kind.PROPOSAL;
            default -> Kind.LEGACY;
        };
        return new ModificationReference(kind, Integer.parseInt(m.group(2)));
    }

    public boolean isLegacy() {
        return kind == Kind.LEGACY;
    }

    /** The Modification Proposal a Draft Proposal becomes: same number ({@code DP168} to {@code MP168}). */
    public ModificationReference converted() {
        return kind == Kind.DRAFT ? new ModificationReference(Kind.PROPOSAL, number) : this;
    }

    @Override
    public String toString() {
        return kind == Kind.LEGACY ? kind.prefix() + String.format(Locale.ROOT, "%04d", number)
                : kind.prefix() + String.format(Locale.ROOT, "%03d", number);
    }
}
