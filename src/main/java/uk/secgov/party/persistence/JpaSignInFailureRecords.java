package uk.secgov.party.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.secgov.party.SignInFailureRecords;
import uk.secgov.party.SignInFailures;
import uk.secgov.party.ThrottleSubject;

@ApplicationScoped
class JpaSignInFailureRecords implements SignInFailureRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public SignInFailures add(SignInFailures record) {
        em.persist(record);
        return record;
    }

    @Override
    public Optional<SignInFailures> of(ThrottleSubject subject) {
        return em.createQuery("select f from SignInFailures f where f.kind = :kind and f.subject = :subject",
                SignInFailures.class).setParameter("kind", subject.kind()).setParameter("subject", subject.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<SignInFailures> of(ThrottleSubject username, ThrottleSubject address) {
        return em.createQuery("select f from SignInFailures f where (f.kind = :userKind and f.subject = :user)"
                + " or (f.kind = :addressKind and f.subject = :address)", SignInFailures.class)
                .setParameter("userKind", username.kind()).setParameter("user", username.value())
                .setParameter("addressKind", address.kind()).setParameter("address", address.value())
                .getResultList();
    }

    @Override
    public List<SignInFailures> lockedAt(Instant now, int first, int size) {
        return em.createQuery("select f from SignInFailures f where f.lockedUntil > :now"
                + " order by f.lockedUntil desc, f.id", SignInFailures.class)
                .setParameter("now", now).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countLockedAt(Instant now) {
        return em.createQuery("select count(f) from SignInFailures f where f.lockedUntil > :now", Long.class)
                .setParameter("now", now).getSingleResult();
    }

    @Override
    public int forget(Instant quietSince, Instant now) {
        return em.createQuery("delete from SignInFailures f where (f.lockedUntil is null or f.lockedUntil <= :now)"
                + " and (f.lastFailureAt is null or f.lastFailureAt < :quietSince)")
                .setParameter("now", now).setParameter("quietSince", quietSince).executeUpdate();
    }
}
