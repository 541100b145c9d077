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
import uk.secgov.cpl.CpaRenewal;
import uk.secgov.cpl.CpaWarning;
import uk.secgov.cpl.CpaWarningAction;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.EntryChainStep;
import uk.secgov.cpl.EntryStatusChange;
import uk.secgov.cpl.EntryStatuses;

@ApplicationScoped
class JpaEntryStatuses implements EntryStatuses {

    @PersistenceContext
    EntityManager em;

    /**
     * An entry is listed, for the daily check, unless its newest status change is CPA_EXPIRED or REMOVED (a
     * HASH_ASSOCIATED change is a renewal listing it again); {@code m} is the Device Model, parameter
     * {@code listed} HASH_ASSOCIATED.
     */
    static final String NOT_DELISTED = "not exists (select s from EntryStatusChange s where s.deviceModelId = m.id"
            + " and s.status <> :listed and s.seq = (select max(t.seq) from"
            + " EntryStatusChange t where t.deviceModelId = m.id))";

    /** The newest step of each of these Device Models' chains of {@code type} (status changes, renewals). */
    static <T extends EntryChainStep> Map<Long, T> latest(EntityManager em, Class<T> type,
            Collection<Long> deviceModelIds) {
        if (deviceModelIds.isEmpty()) {
            return Map.of();
        }
        String entity = type.getSimpleName();
        return em.createQuery("select s from " + entity + " s where s.deviceModelId in :ids and s.seq = (select"
                + " max(t.seq) from " + entity + " t where t.deviceModelId = s.deviceModelId)", type)
                .setParameter("ids", deviceModelIds).getResultStream()
                .collect(Collectors.toMap(EntryChainStep::deviceModelId, s -> s));
    }

    static Map<Long, EntryStatusChange> latest(EntityManager em, Collection<Long> deviceModelIds) {
        return latest(em, EntryStatusChange.class, deviceModelIds);
    }

    /** The same for the entries from {@code first} to {@code last} (a range: the export reads a thousand at once). */
    static <T extends EntryChainStep> Map<Long, T> latestBetween(EntityManager em, Class<T> type, long first,
            long last) {
        String entity = type.getSimpleName();
        return em.createQuery("select s from " + entity + " s where s.deviceModelId between :first and :last and"
                + " s.seq = (select max(t.seq) from " + entity + " t where t.deviceModelId = s.deviceModelId)", type)
                .setParameter("first", first).setParameter("last", last).getResultStream()
                .collect(Collectors.toMap(EntryChainStep::deviceModelId, s -> s));
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
        return em.createQuery("select m from DeviceModel m where ((not exists (select r from CpaRenewal r where"
                + " r.deviceModelId = m.id) and ((m.description.cpaExpiry is not null"
                + " and m.description.cpaExpiry <= :d)"
                + " or (m.description.cpaRenewal is not null and m.description.cpaRenewal <= :d)))"
                + " or exists (select r from CpaRenewal r where r.deviceModelId = m.id and r.seq = (select max(q.seq)"
                + " from CpaRenewal q where q.deviceModelId = m.id) and ((r.cpaExpiry is not null and r.cpaExpiry"
                + " <= :d) or (r.cpaRenewal is not null and r.cpaRenewal <= :d))))"
                + " and " + NOT_DELISTED
                + " and exists (select a from HashAssociation a where a.deviceModelId = m.id and a.imageHash is not null"
                + " and a.seq = (select max(n.seq) from HashAssociation n where n.deviceModelId = m.id))"
                + " order by m.id", DeviceModel.class).setParameter("d", upTo)
                .setParameter("listed", uk.secgov.cpl.CplEntry.Status.HASH_ASSOCIATED).getResultList();
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

    @Override
    public Optional<CpaRenewal> currentRenewal(long deviceModelId) {
        return Optional.ofNullable(latest(em, CpaRenewal.class, List.of(deviceModelId)).get(deviceModelId));
    }

    @Override
    public Map<Long, CpaRenewal> currentRenewals(Collection<Long> deviceModelIds) {
        return latest(em, CpaRenewal.class, deviceModelIds);
    }

    @Override
    public List<CpaRenewal> renewals(long deviceModelId) {
        return em.createQuery("select r from CpaRenewal r where r.deviceModelId = :m order by r.seq",
                CpaRenewal.class).setParameter("m", deviceModelId).getResultList();
    }

    @Override
    public CpaRenewal add(CpaRenewal renewal) {
        em.persist(renewal);
        em.flush();
        return renewal;
    }
}
