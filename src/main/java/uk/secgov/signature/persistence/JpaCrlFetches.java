package uk.secgov.signature.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.secgov.signature.CrlFetch;
import uk.secgov.signature.CrlFetches;

@ApplicationScoped
class JpaCrlFetches implements CrlFetches {

    @PersistenceContext
    EntityManager em;

    @Override
    public CrlFetch add(CrlFetch fetch) {
        em.persist(fetch);
        return fetch;
    }

    @Override
    public Optional<CrlFetch> latestOf(long trustAnchorId) {
        return em.createQuery("select f from CrlFetch f where f.anchor.id = :a order by f.attemptedAt desc, f.id desc",
                CrlFetch.class).setParameter("a", trustAnchorId).setMaxResults(1).getResultStream().findFirst();
    }
}
