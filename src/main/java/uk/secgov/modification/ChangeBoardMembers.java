package uk.secgov.modification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.secgov.party.PartyCategory;

/**
 * Who sits on the Change Board now: the people whose votes may be recorded, each for the category of their Party.
 * (Until the Board's seats are kept as data of their own, a member is a person who signs in with the Change Board
 * role.)
 */
public interface ChangeBoardMembers {

    /** A member: their username, the name shown on a vote, and the category they sit for. */
    record Member(String username, String name, PartyCategory category) {
    }

    List<Member> all();

    /** The member with this name or username, ignoring case and surrounding spaces. */
    default Optional<Member> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.UK);
        return all().stream().filter(m -> m.name().toLowerCase(Locale.UK).equals(wanted)
                || m.username().toLowerCase(Locale.UK).equals(wanted)).findFirst();
    }
}
