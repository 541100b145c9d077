package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.secgov.platform.security.Allowed;

/** Read-only look-ups of parties and users for screens and the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Directory {

    @Inject
    Parties parties;

    @Inject
    UserAccounts users;

    @Allowed(Allowed.ANYONE)
    public List<Party> parties(int first, int size) {
        return parties.page(first, size);
    }

    @Allowed(Allowed.ANYONE)
    public long partyCount() {
        return parties.count();
    }

    @Allowed(Allowed.ANYONE)
    public Optional<Party> party(long id) {
        return parties.byId(id);
    }

    /** The party whose IKI certificates carry this organisation name (O=), if one is registered. */
    @Allowed(Allowed.ANYONE)
    public Optional<Party> partyByIkiOrganisation(String organisation) {
        return organisation == null ? Optional.empty() : parties.byIkiSubjectOrganisation(organisation);
    }

    @Allowed(Allowed.ANYONE)
    public List<UserAccount> users(Long partyId, int first, int size) {
        return users.page(partyId, first, size);
    }

    @Allowed(Allowed.ANYONE)
    public long userCount(Long partyId) {
        return users.count(partyId);
    }

    @Allowed(Allowed.ANYONE)
    public Optional<UserAccount> user(String username) {
        return users.byUsername(username);
    }

    @Allowed(Allowed.ANYONE)
    public Optional<UserAccount> user(long id) {
        return users.byId(id);
    }

    /** The people who act in a role now: enabled accounts of enabled parties. */
    @Allowed(Allowed.ANYONE)
    public List<UserAccount> activeUsersWithRole(Role role) {
        return users.activeWithRole(role);
    }
}
