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

    /*
     * The current association is the one no later association follows. As an anti-join this is a single pass over
     * the (device_model_id, seq) index; a correlated max() per row was five times slower on 100,000 entries.
     */
    private static final String CURRENT = "not exists (select n.id from HashAssociation n where n.deviceModelId"
            + " = a.deviceModelId and n.seq > a.seq)";

    /** The newest status change of entry {@code m}, as the start of a subquery named {@code s}. */
    private static final String LATEST_STATUS = "select s from EntryStatusChange s where s.deviceModelId = m.id and"
            + " s.seq = (select max(t.seq) from EntryStatusChange t where t.deviceModelId = m.id)";

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
    public long countModels() {
        return em.createQuery("select count(m) from DeviceModel m", Long.class).getSingleResult();
    }

    @Override
    public uk.secgov.cpl.CplImport add(uk.secgov.cpl.CplImport origin) {
        em.persist(origin);
        em.flush();
        return origin;
    }

    @Override
    public Optional<uk.secgov.cpl.CplImport> importById(long id) {
        return Optional.ofNullable(em.find(uk.secgov.cpl.CplImport.class, id));
    }

    @Override
    public void addImported(List<uk.secgov.cpl.CplImporter.ImportedEntry> entries, uk.secgov.cpl.CplImport origin,
            String actor) {
        String reason = "Imported from " + origin.source();
        // JDBC batches: an import of the whole published CPL is tens of thousands of rows in one transaction.
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement models = connection.prepareStatement("insert into cpl_device_model (id,"
                    + " device_type, manufacturer_id, manufacturer_name, model_id, model_name, hardware_version,"
                    + " firmware_version, specification_version, gbcs_version, cpa_certificate, cpa_expiry,"
                    + " cpa_renewal, upgrade_from, listed_at, listed_by_import_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    java.sql.PreparedStatement hashes = connection.prepareStatement("insert into cpl_hash_association"
                            + " (device_model_id, seq, previous_seq, image_hash, at, import_id, actor, reason)"
                            + " values (?, 1, null, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (uk.secgov.cpl.CplImporter.ImportedEntry e : entries) {
                    uk.secgov.cpl.DeviceModelRow r = e.row();
                    models.setLong(1, e.entryId());
                    models.setString(2, r.deviceType().name());
                    models.setString(3, r.manufacturerId());
                    models.setString(4, r.manufacturerName());
                    models.setString(5, r.modelId());
                    models.setString(6, r.modelName());
                    models.setString(7, r.hardwareVersion());
                    models.setString(8, r.firmwareVersion());
                    models.setString(9, r.specificationVersion().toString());
                    models.setString(10, r.gbcsVersion());
                    models.setString(11, r.cpaCertificate());
                    models.setObject(12, r.cpaExpiry());
                    models.setObject(13, r.cpaRenewal());
                    models.setString(14, String.join(";", r.upgradeFrom().stream().map(String::valueOf).toList()));
                    models.setObject(15, e.listedAt().atOffset(java.time.ZoneOffset.UTC));
                    models.setLong(16, origin.id());
                    models.addBatch();
                    hashes.setLong(1, e.entryId());
                    hashes.setString(2, e.imageHash());
                    hashes.setObject(3, e.hashSince().atOffset(java.time.ZoneOffset.UTC));
                    hashes.setLong(4, origin.id());
                    hashes.setString(5, actor);
                    hashes.setString(6, reason);
                    hashes.addBatch();
                    if (++batched % 500 == 0) {
                        models.executeBatch();
                        hashes.executeBatch();
                    }
                }
                models.executeBatch();
                hashes.executeBatch();
            }
            long highest = entries.stream().mapToLong(uk.secgov.cpl.CplImporter.ImportedEntry::entryId).max()
                    .orElse(0);
            try (java.sql.Statement after = connection.createStatement()) {
                after.execute("alter table cpl_device_model alter column id restart with " + (highest + 1));
                // Fresh planner statistics, so the first searches after a bulk import do not plan for an empty table.
                boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase(java.util.Locale.ROOT)
                        .contains("H2");
                for (String table : List.of("cpl_device_model", "cpl_hash_association")) {
                    after.execute(h2 ? "analyze table " + table : "analyze " + table);
                }
            }
        });
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
        filter.status().ifPresent(st -> q.append(switch (st) {
            case HASH_ASSOCIATED -> " and a.imageHash is not null and not exists (" + LATEST_STATUS
                    + " and s.status <> :status)";
            case CPA_EXPIRED -> " and exists (" + LATEST_STATUS + " and s.status = :status)";
            case REMOVED -> " and (exists (" + LATEST_STATUS + " and s.status = :status) or (a.imageHash is null and"
                    + " not exists (select s2 from EntryStatusChange s2 where s2.deviceModelId = m.id)))";
        }));
        filter.text().ifPresent(t -> q.append(" and (lower(m.modelName) like :text or lower(m.manufacturerName)"
                + " like :text or lower(m.modelId) like :text or a.imageHash like :text)"));
        if (ordered) {
            q.append(" order by m.id");
        }
        jakarta.persistence.TypedQuery<T> query = em.createQuery(q.toString(), type);
        filter.deviceType().ifPresent(t -> query.setParameter("type", t));
        filter.manufacturerId().ifPresent(t -> query.setParameter("mid", t));
        filter.status().ifPresent(st -> query.setParameter("status", st));
        filter.text().ifPresent(t -> query.setParameter("text", "%" + t.replace("\\", "").replace("%", "")
                .replace("_", "") + "%"));
        return query;
    }

    @Override
    public List<uk.secgov.cpl.CplEntry> entries(uk.secgov.cpl.EntryFilter filter, int first, int size) {
        List<Object[]> rows = filtered("select m, a", filter, Object[].class, true).setFirstResult(first)
                .setMaxResults(size).getResultList();
        return published(rows);
    }

    @Override
    public List<uk.secgov.cpl.CplEntry> entriesAfter(long afterEntryId, int size) {
        List<Object[]> rows = em.createQuery("select m, a from DeviceModel m, HashAssociation a where"
                + " a.deviceModelId = m.id and " + CURRENT + " and m.id > :after order by m.id", Object[].class)
                .setParameter("after", afterEntryId).setMaxResults(size).getResultList();
        return published(rows);
    }

    /** The rows (model, current Hash) with each entry's newest status change and renewed CPA certificate. */
    private List<uk.secgov.cpl.CplEntry> published(List<Object[]> rows) {
        List<Long> ids = rows.stream().map(r -> ((DeviceModel) r[0]).id()).toList();
        java.util.Map<Long, uk.secgov.cpl.EntryStatusChange> statuses = JpaEntryStatuses.latest(em, ids);
        java.util.Map<Long, uk.secgov.cpl.CpaRenewal> renewals = JpaEntryStatuses.latest(em,
                uk.secgov.cpl.CpaRenewal.class, ids);
        return rows.stream().map(r -> {
            long id = ((DeviceModel) r[0]).id();
            return new uk.secgov.cpl.CplEntry((DeviceModel) r[0], (HashAssociation) r[1], statuses.get(id),
                    renewals.get(id));
        }).toList();
    }

    @Override
    public long countEntries(uk.secgov.cpl.EntryFilter filter) {
        return filtered("select count(m)", filter, Long.class, false).getSingleResult();
    }
}
