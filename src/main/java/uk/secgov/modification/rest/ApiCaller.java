package uk.secgov.modification.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.Proposer;
import uk.secgov.modification.Viewer;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.UserAccount;

/** Who calls the API (HTTP Basic on each request), as the register sees them, and the Parties they name. */
record ApiCaller(SecurityContext security, Directory directory) {

    Viewer viewer() {
        if (security.getUserPrincipal() == null) {
            return Viewer.PUBLIC;
        }
        return Viewer.signedIn(actor(), directory.user(actor()).map(u -> u.party().id()).orElse(null),
                security::isUserInRole);
    }

    String actor() {
        return security.getUserPrincipal().getName();
    }

    /** SECAS and the Panel act for any Party. */
    boolean staff() {
        return security.isUserInRole("secas") || security.isUserInRole("panel");
    }

    /** The active Party named by its id, as a Proposer. */
    Proposer proposer(Long partyId, String person, String onBehalfOf) {
        if (partyId == null) {
            throw new InvalidModificationRequest("proposerPartyId", "Give the id of the proposing Party.");
        }
        Party party = directory.party(partyId).filter(Party::isEnabled).orElseThrow(() ->
                new InvalidModificationRequest("proposerPartyId", "There is no active Party #" + partyId + "."));
        return new Proposer(party.id(), party.name(), person, onBehalfOf);
    }

    /** A Party's user raises for their own Party, as themselves unless they name a colleague. */
    Proposer ownParty(String person, String onBehalfOf) {
        Party party = directory.user(actor()).map(UserAccount::party).orElseThrow(ForbiddenException::new);
        String who = person == null || person.isBlank()
                ? directory.user(actor()).map(UserAccount::displayName).orElse(actor()) : person;
        return new Proposer(party.id(), party.name(), who, onBehalfOf);
    }
}
