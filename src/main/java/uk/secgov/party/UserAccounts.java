package uk.secgov.party;

import java.util.List;
import java.util.Optional;

/** The register of user accounts. */
public interface UserAccounts {

    UserAccount add(UserAccount user);

    Optional<UserAccount> byId(long id);

    Optional<UserAccount> byUsername(String username);

    /** A page of accounts in username order, optionally only those of one party. */
    List<UserAccount> page(Long partyId, int first, int size);

    long count(Long partyId);

    /** The enabled accounts that hold this role, whose party is enabled too, in username order. */
    List<UserAccount> activeWithRole(Role role);
}
