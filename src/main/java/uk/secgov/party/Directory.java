package uk.secgov.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Read-only look-ups of parties and users for screens and the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Directory {

    @Inject
    Parties parties;

    @Inject
    UserAccounts users;

    public List<Party> parties(int first, int size) {
        return parties.page(first, size);
    }

    public long partyCount() {
        return parties.count();
    }

    public Optional<Party> party(long id) {
        return parties.byId(id);
    }

    /** The party whose IKI certificates carry this organisation name (O=), if one is registered. */
    public Optional<Party> partyByIkiOrganisation(String organisation) {
        return organisation == null ? Optional.empty() : parties.byIkiSubjectOrganisation(organisation);
    }

    public List<UserAccount> users(Long partyId, int first, int size) {
        return users.page(partyId, first, size);
    }

    public long userCount(Long partyId) {
        return users.count(partyId);
    }

    public Optional<UserAccount> user(String username) {
        return users.byUsername(username);
    }

    public Optional<UserAccount> user(long id) {
        return users.byId(id);
    }
}
