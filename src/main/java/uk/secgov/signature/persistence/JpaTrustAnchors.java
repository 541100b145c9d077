package uk.secgov.signature.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.signature.IkiTrustAnchor;
import uk.secgov.signature.TrustAnchors;

@ApplicationScoped
class JpaTrustAnchors implements TrustAnchors {

    @PersistenceContext
    EntityManager em;

    @Override
    public IkiTrustAnchor add(IkiTrustAnchor anchor) {
        em.persist(anchor);
        em.flush();
        return anchor;
    }

    @Override
    public Optional<IkiTrustAnchor> byId(long id) {
        return Optional.ofNullable(em.find(IkiTrustAnchor.class, id));
    }

    @Override
    public Optional<IkiTrustAnchor> byFingerprint(String fingerprint) {
        return em.createQuery("select a from IkiTrustAnchor a where a.fingerprint = :f", IkiTrustAnchor.class)
                .setParameter("f", fingerprint).getResultStream().findFirst();
    }

    @Override
    public List<IkiTrustAnchor> active() {
        return em.createQuery("select a from IkiTrustAnchor a where a.retiredAt is null order by a.id", IkiTrustAnchor.class)
                .getResultList();
    }

    @Override
    public List<IkiTrustAnchor> retired() {
        return em.createQuery("select a from IkiTrustAnchor a where a.retiredAt is not null order by a.id",
                IkiTrustAnchor.class).getResultList();
    }

    @Override
    public List<IkiTrustAnchor> page(int first, int size) {
        return em.createQuery("select a from IkiTrustAnchor a order by a.addedAt desc, a.id desc", IkiTrustAnchor.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from IkiTrustAnchor a", Long.class).getSingleResult();
    }
}
