package uk.secgov.cpl.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.DeviceModel;
import uk.secgov.cpl.DeviceModelKey;
import uk.secgov.cpl.HashAssociation;

@ApplicationScoped
class JpaCplRegister implements CplRegister {

    private static final String CURRENT = "a.seq = (select max(n.seq) from HashAssociation n where n.deviceModelId"
            + " = a.deviceModelId)";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DeviceModel> model(DeviceModelKey key) {
        return em.createQuery("select m from DeviceModel m where m.deviceType = :t and m.manufacturerId = :mf and"
                + " m.modelId = :mo and m.hardwareVersion = :h and m.firmwareVersion = :f", DeviceModel.class)
                .setParameter("t", key.deviceType()).setParameter("mf", key.manufacturerId())
                .setParameter("mo", key.modelId()).setParameter("h", key.hardwareVersion())
                .setParameter("f", key.firmwareVersion()).getResultStream().findFirst();
    }

    @Override
    public Optional<DeviceModel> model(long entryId) {
        return Optional.ofNullable(em.find(DeviceModel.class, entryId));
    }

    @Override
    public DeviceModel add(DeviceModel model) {
        em.persist(model);
        em.flush();
        return model;
    }

    @Override
    public HashAssociation add(HashAssociation association) {
        em.persist(association);
        em.flush();
        return association;
    }

    @Override
    public Optional<HashAssociation> current(long deviceModelId) {
        return em.createQuery("select a from HashAssociation a where a.deviceModelId = :m and " + CURRENT,
                HashAssociation.class).setParameter("m", deviceModelId).getResultStream().findFirst();
    }

    @Override
    public List<HashAssociation> history(long deviceModelId) {
        return em.createQuery("select a from HashAssociation a where a.deviceModelId = :m order by a.seq",
                HashAssociation.class).setParameter("m", deviceModelId).getResultList();
    }

    @Override
    public List<DeviceModel> currentlyWithHash(String imageHash, long exceptModelId) {
        return em.createQuery("select m from DeviceModel m where m.id <> :x and m.id in (select a.deviceModelId from"
                + " HashAssociation a where a.imageHash = :h and " + CURRENT + ")", DeviceModel.class)
                .setParameter("x", exceptModelId).setParameter("h", imageHash).getResultList();
    }

    private <T> jakarta.persistence.TypedQuery<T> filtered(String select, uk.secgov.cpl.EntryFilter filter,
            Class<T> type, boolean ordered) {
        StringBuilder q = new StringBuilder(select).append(" from DeviceModel m, HashAssociation a where"
                + " a.deviceModelId = m.id and ").append(CURRENT);
        filter.deviceType().ifPresent(t -> q.append(" and m.deviceType = :type"));
        filter.manufacturerId().ifPresent(t -> q.append(" and m.manufacturerId = :mid"));
        filter.status().ifPresent(st -> q.append(st == uk.secgov.cpl.CplEntry.Status.REMOVED
                ? " and a.imageHash is null" : " and a.imageHash is not null"));
        filter.text().ifPresent(t -> q.append(" and (lower(m.modelName) like :text or lower(m.manufacturerName)"
                + " like :text or lower(m.modelId) like :text or a.imageHash like :text)"));
        if (ordered) {
            q.append(" order by m.id");
        }
        jakarta.persistence.TypedQuery<T> query = em.createQuery(q.toString(), type);
        filter.deviceType().ifPresent(t -> query.setParameter("type", t));
        filter.manufacturerId().ifPresent(t -> query.setParameter("mid", t));
        filter.text().ifPresent(t -> query.setParameter("text", "%" + t.replace("\\", "").replace("%", "")
                .replace("_", "") + "%"));
        return query;
    }

    @Override
    public List<uk.secgov.cpl.CplEntry> entries(uk.secgov.cpl.EntryFilter filter, int first, int size) {
        return filtered("select m, a", filter, Object[].class, true).setFirstResult(first).setMaxResults(size)
                .getResultList().stream().map(r -> new uk.secgov.cpl.CplEntry((DeviceModel) r[0],
                        (HashAssociation) r[1])).toList();
    }

    @Override
    public long countEntries(uk.secgov.cpl.EntryFilter filter) {
        return filtered("select count(m)", filter, Long.class, false).getSingleResult();
    }
}
