package uk.secgov.modification;

import uk.secgov.party.PartyCategory;

/**
 * Filters of the register: stage, path, impacted party category, target release, and text in the
 * reference or title. {@code publicOnly} keeps White cases past the pre-check; otherwise
 * {@code proposerPartyId} (when set) adds that Party's own cases to the public ones.
 */
public record RegisterQuery(Stage stage, ModificationPath path, PartyCategory category, Long releaseId, String text,
        boolean publicOnly, Long proposerPartyId) {

    public static final int TEXT_MAX = 100;

    public RegisterQuery {
        if (text != null && text.strip().length() > TEXT_MAX) {
            throw new InvalidModificationRequest("text", "Search for at most " + TEXT_MAX + " characters.");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static RegisterQuery everything() {
        return new RegisterQuery(null, null, null, null, null, false, null);
    }
}
