package uk.secgov.calendar.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.calendar.CalendarOverride;
import uk.secgov.calendar.CalendarOverrides;

@ApplicationScoped
class JpaCalendarOverrides implements CalendarOverrides {

    @PersistenceContext
    EntityManager em;

    @Override
    public CalendarOverride add(CalendarOverride override) {
        em.persist(override);
        em.flush();
        return override;
    }

    @Override
    public Optional<CalendarOverride> byId(long id) {
        return Optional.ofNullable(em.find(CalendarOverride.class, id));
    }

    @Override
    public List<CalendarOverride> all() {
        return em.createQuery("select o from CalendarOverride o order by o.id", CalendarOverride.class).getResultList();
    }

    @Override
    public List<CalendarOverride> page(int first, int size) {
        return em.createQuery("select o from CalendarOverride o order by o.id desc", CalendarOverride.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from CalendarOverride o", Long.class).getSingleResult();
    }
}
