package uk.secgov.party;

/** A party name or username that is already taken (names are never reused, even when disabled). */
public class DuplicateName extends InvalidPartyData {

    public DuplicateName(String field, String name) {
        super(field, "'" + name + "' is already taken");
    }
}
