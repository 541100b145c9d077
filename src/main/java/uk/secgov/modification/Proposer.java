package uk.secgov.modification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who raised the case: the Party, the person, and the sub-committee they raised it for, if any
 * ("raised by G. Hextall on behalf of the SSC"). Kept on the case in its {@code proposer_*} columns.
 */
@Embeddable
public record Proposer(
        @Column(name = "proposer_party_id") Long partyId,
        @Column(name = "proposer_party_name", nullable = false, length = Proposer.MAX) String partyName,
        @Column(name = "proposer_person", nullable = false, length = Proposer.MAX) String person,
        @Column(name = "on_behalf_of", length = Proposer.MAX) String onBehalfOf) {

    static final int MAX = 200;

    public Proposer {
        if (partyName == null || partyName.isBlank()) {
            throw new InvalidModificationRequest("proposerParty", "Say which Party raises the proposal.");
        }
        if (person == null || person.isBlank() || person.strip().length() > MAX) {
            throw new InvalidModificationRequest("proposerPerson", "Give the name of the person raising the proposal (up to "
                    + MAX + " characters).");
        }
        if (onBehalfOf != null && (onBehalfOf.isBlank() || onBehalfOf.strip().length() > MAX)) {
            onBehalfOf = onBehalfOf.isBlank() ? null : onBehalfOf.strip().substring(0, MAX);
        }
        partyName = partyName.strip();
        person = person.strip();
        onBehalfOf = onBehalfOf == null ? null : onBehalfOf.strip();
    }

    /** "G. Hextall (Bright Energy) on behalf of the SSC". */
    public String describe() {
        return person + " (" + partyName + ")" + (onBehalfOf == null ? "" : " on behalf of " + onBehalfOf);
    }
}
