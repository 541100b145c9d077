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

    /** Every party, enabled or not, in name order: for choosing one where a disabled party may still be meant. */
    @Allowed(Allowed.ANYONE)
    public List<Party> allParties() {
        return parties.all();
    }

    /** The parties that take part now, in name order: for choosing one to act or be involved. */
    @Allowed(Allowed.ANYONE)
    public List<Party> enabledParties() {
        return parties.enabled();
    }

    /** The parties of one category, enabled or not, in name order. */
    @Allowed(Allowed.ANYONE)
    public List<Party> partiesIn(PartyCategory category) {
        return parties.inCategory(category);
    }

    /** The DCC: the first enabled party of its category in name order (there is one in practice). */
    @Allowed(Allowed.ANYONE)
    public Optional<Party> dcc() {
        return parties.inCategory(PartyCategory.DCC).stream().filter(Party::isEnabled).findFirst();
    }

    /** The party of this name, whatever its case. */
    @Allowed(Allowed.ANYONE)
    public Optional<Party> partyNamed(String name) {
        return parties.byName(name);
    }

    /** The manufacturer registered with this Manufacturer Identifier, enabled or not. */
    @Allowed(Allowed.ANYONE)
    public Optional<Party> manufacturer(ManufacturerId manufacturerId) {
        return parties.byManufacturerId(manufacturerId);
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
