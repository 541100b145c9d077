package uk.secgov.cpl.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.secgov.cpl.CpaWarning;
import uk.secgov.cpl.CpaWarningAction;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.EntryStatusChange;
import uk.secgov.cpl.EntryStatuses;

@ApplicationScoped
class JpaEntryStatuses implements EntryStatuses {

    @PersistenceContext
    EntityManager em;

    static Map<Long, EntryStatusChange> latest(EntityManager em, Collection<Long> deviceModelIds) {
        if (deviceModelIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from EntryStatusChange s where s.deviceModelId in :ids and s.seq = (select"
                + " max(t.seq) from EntryStatusChange t where t.deviceModelId = s.deviceModelId)",
                EntryStatusChange.class).setParameter("ids", deviceModelIds).getResultStream()
                .collect(Collectors.toMap(EntryStatusChange::deviceModelId, s -> s));
    }

    /** The same for the entries from {@code first} to {@code last} (a range: the export reads a thousand at once). */
    static Map<Long, EntryStatusChange> latestBetween(EntityManager em, long first, long last) {
        return em.createQuery("select s from EntryStatusChange s where s.deviceModelId between :first and :last and"
                + " s.seq = (select max(t.seq) from EntryStatusChange t where t.deviceModelId = s.deviceModelId)",
                EntryStatusChange.class).setParameter("first", first).setParameter("last", last).getResultStream()
                .collect(Collectors.toMap(EntryStatusChange::deviceModelId, s -> s));
    }

    @Override
    public Optional<EntryStatusChange> current(long deviceModelId) {
        return Optional.ofNullable(latest(em, List.of(deviceModelId)).get(deviceModelId));
    }

    @Override
    public Map<Long, EntryStatusChange> current(Collection<Long> deviceModelIds) {
        return latest(em, deviceModelIds);
    }

    @Override
    public List<EntryStatusChange> history(long deviceModelId) {
        return em.createQuery("select s from EntryStatusChange s where s.deviceModelId = :m order by s.seq",
                EntryStatusChange.class).setParameter("m", deviceModelId).getResultList();
    }

    @Override
    public EntryStatusChange add(EntryStatusChange change) {
        em.persist(change);
        em.flush();
        return change;
    }

    @Override
    public List<DeviceModel> listedWithCpaDateUpTo(LocalDate upTo) {
        return em.createQuery("select m from DeviceModel m where ((m.cpaExpiry is not null and m.cpaExpiry <= :d)"
                + " or (m.cpaRenewal is not null and m.cpaRenewal <= :d))"
                + " and not exists (select s from EntryStatusChange s where s.deviceModelId = m.id)"
                + " and exists (select a from HashAssociation a where a.deviceModelId = m.id and a.imageHash is not null"
                + " and a.seq = (select max(n.seq) from HashAssociation n where n.deviceModelId = m.id))"
                + " order by m.id", DeviceModel.class).setParameter("d", upTo).getResultList();
    }

    @Override
    public Optional<CpaWarning> warning(long deviceModelId, LocalDate cpaDate) {
        return em.createQuery("select w from CpaWarning w where w.deviceModelId = :m and w.cpaDate = :d",
                CpaWarning.class).setParameter("m", deviceModelId).setParameter("d", cpaDate).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CpaWarning> warning(long warningId) {
        return Optional.ofNullable(em.find(CpaWarning.class, warningId));
    }

    @Override
    public CpaWarning add(CpaWarning warning) {
        em.persist(warning);
        em.flush();
        return warning;
    }

    @Override
    public CpaWarningAction add(CpaWarningAction action) {
        em.persist(action);
        em.flush();
        return action;
    }

    @Override
    public List<CpaWarning> warnings(long deviceModelId) {
        return em.createQuery("select w from CpaWarning w where w.deviceModelId = :m order by w.id", CpaWarning.class)
                .setParameter("m", deviceModelId).getResultList();
    }

    @Override
    public List<CpaWarningAction> actions(long warningId) {
        return em.createQuery("select a from CpaWarningAction a where a.warningId = :w order by a.id",
                CpaWarningAction.class).setParameter("w", warningId).getResultList();
    }
}
