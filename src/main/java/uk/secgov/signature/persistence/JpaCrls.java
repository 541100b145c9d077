package uk.secgov.signature.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.signature.Crls;
import uk.secgov.signature.IkiCrl;

@ApplicationScoped
class JpaCrls implements Crls {

    @PersistenceContext
    EntityManager em;

    @Override
    public IkiCrl add(IkiCrl crl) {
        em.persist(crl);
        em.flush();
        return crl;
    }

    @Override
    public Optional<IkiCrl> byFingerprint(String fingerprint) {
        return em.createQuery("select c from IkiCrl c where c.fingerprint = :f", IkiCrl.class)
                .setParameter("f", fingerprint).getResultStream().findFirst();
    }

    @Override
    public List<IkiCrl> newestPerActiveAnchor() {
        return em.createQuery("select c from IkiCrl c join c.issuer a where a.retiredAt is null and c.thisUpdate ="
                + " (select max(n.thisUpdate) from IkiCrl n where n.issuer = a)", IkiCrl.class).getResultList();
    }

    @Override
    public Optional<IkiCrl> newestOf(long trustAnchorId) {
        return em.createQuery("select c from IkiCrl c where c.issuer.id = :a order by c.thisUpdate desc", IkiCrl.class)
                .setParameter("a", trustAnchorId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<IkiCrl> page(int first, int size) {
        return em.createQuery("select c from IkiCrl c order by c.receivedAt desc, c.id desc", IkiCrl.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from IkiCrl c", Long.class).getSingleResult();
    }
}
