package uk.secgov.release.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.secgov.release.ReleaseStatus;
import uk.secgov.release.SecRelease;
import uk.secgov.release.SecReleases;

@ApplicationScoped
class JpaSecReleases implements SecReleases {

    @PersistenceContext
    EntityManager em;

    @Override
    public SecRelease add(SecRelease release) {
        em.persist(release);
        em.flush();
        return release;
    }

    @Override
    public Optional<SecRelease> byId(long id) {
        return em.createQuery("select distinct r from SecRelease r left join fetch r.events where r.id = :id",
                SecRelease.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public boolean existsWithName(String name) {
        return em.createQuery("select count(r) from SecRelease r where r.name = :name", Long.class)
                .setParameter("name", name).getSingleResult() > 0;
    }

    /** The page's ids first (paged in the database), then those releases with their histories in one query. */
    @Override
    public List<SecRelease> page(int first, int size) {
        List<Long> ids = em.createQuery("select r.id from SecRelease r order by r.plannedDate, r.id", Long.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SecRelease> loaded = em.createQuery(
                "select distinct r from SecRelease r left join fetch r.events where r.id in :ids", SecRelease.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(SecRelease::id, Function.identity()));
        return ids.stream().map(loaded::get).sorted(Comparator.comparing(r -> ids.indexOf(r.id()))).toList();
    }

    @Override
    public Optional<SecRelease> firstNotCancelledOnOrAfter(LocalDate date) {
        return em.createQuery("select r from SecRelease r where r.plannedDate >= :date and r.status <> :cancelled"
                + " order by r.plannedDate, r.id", SecRelease.class).setParameter("date", date)
                .setParameter("cancelled", ReleaseStatus.CANCELLED).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from SecRelease r", Long.class).getSingleResult();
    }
}
