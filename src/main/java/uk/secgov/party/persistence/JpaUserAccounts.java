package uk.secgov.party.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.party.Role;
import uk.secgov.party.UserAccount;
import uk.secgov.party.UserAccounts;

@ApplicationScoped
class JpaUserAccounts implements UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public UserAccount add(UserAccount user) {
        em.persist(user);
        em.flush();
        return user;
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> page(Long partyId, int first, int size) {
        return em.createQuery("select u from UserAccount u where (:party is null or u.party.id = :party)"
                + " order by u.username", UserAccount.class)
                .setParameter("party", partyId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public List<UserAccount> activeWithRole(Role role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role order by u.username",
                UserAccount.class).setParameter("role", role).getResultList().stream()
                .filter(u -> u.isEnabled() && u.party().isEnabled()).toList();
    }

    @Override
    public long count(Long partyId) {
        return em.createQuery("select count(u) from UserAccount u where (:party is null or u.party.id = :party)",
                Long.class).setParameter("party", partyId).getSingleResult();
    }
}
