package uk.secgov.party;

/** A user account was created (by an administrator or the demo data set). */
public record UserCreated(long userId, String username, String displayName, long partyId) {
}
