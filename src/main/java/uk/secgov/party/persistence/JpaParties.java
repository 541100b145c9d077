package uk.secgov.party.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.party.ManufacturerId;
import uk.secgov.party.Parties;
import uk.secgov.party.Party;
import uk.secgov.party.PartyCategory;

@ApplicationScoped
class JpaParties implements Parties {

    @PersistenceContext
    EntityManager em;

    @Override
    public Party add(Party party) {
        em.persist(party);
        em.flush();
        return party;
    }

    @Override
    public Optional<Party> byId(long id) {
        return Optional.ofNullable(em.find(Party.class, id));
    }

    @Override
    public Optional<Party> byName(String name) {
        return em.createQuery("select p from Party p where lower(p.name) = lower(:name)", Party.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public boolean existsWithIkiSubjectOrganisation(String organisation) {
        return em.createQuery("select count(p) from Party p where p.ikiSubjectOrganisation = :o", Long.class)
                .setParameter("o", organisation).getSingleResult() > 0;
    }

    @Override
    public Optional<Party> byIkiSubjectOrganisation(String organisation) {
        return em.createQuery("select p from Party p where p.ikiSubjectOrganisation = :o", Party.class)
                .setParameter("o", organisation).getResultStream().findFirst();
    }

    @Override
    public boolean existsWithManufacturerId(ManufacturerId manufacturerId) {
        return em.createQuery("select count(p) from Party p where p.manufacturerId = :m", Long.class)
                .setParameter("m", manufacturerId.value()).getSingleResult() > 0;
    }

    @Override
    public Optional<Party> byManufacturerId(ManufacturerId manufacturerId) {
        return em.createQuery("select p from Party p where p.manufacturerId = :m", Party.class)
                .setParameter("m", manufacturerId.value()).getResultStream().findFirst();
    }

    @Override
    public List<Party> all() {
        return em.createQuery("select p from Party p order by p.name", Party.class).getResultList();
    }

    @Override
    public List<Party> enabled() {
        return em.createQuery("select p from Party p where p.registration.enabled = true order by p.name", Party.class)
                .getResultList();
    }

    @Override
    public List<Party> inCategory(PartyCategory category) {
        return em.createQuery("select p from Party p where p.category = :c order by p.name", Party.class)
                .setParameter("c", category).getResultList();
    }

    @Override
    public List<Party> page(int first, int size) {
        return em.createQuery("select p from Party p order by p.name", Party.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Party p", Long.class).getSingleResult();
    }
}
