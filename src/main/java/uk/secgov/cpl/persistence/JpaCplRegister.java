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
import uk.secgov.platform.persistence.LikePatterns;

@ApplicationScoped
class JpaCplRegister implements CplRegister {

    /*
     * The current association is the one no later association follows. As an anti-join this is a single pass over
     * the (device_model_id, seq) index; a correlated max() per row was five times slower on 100,000 entries.
     */
    private static final String CURRENT = "not exists (select n.id from HashAssociation n where n.deviceModelId"
            + " = a.deviceModelId and n.seq > a.seq)";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<DeviceModel> model(DeviceModelKey key) {
        return em.createQuery("select m from DeviceModel m where m.description.deviceType = :t"
                + " and m.description.manufacturerId = :mf and m.description.modelId = :mo"
                + " and m.description.hardwareVersion = :h and m.description.firmwareVersion = :f", DeviceModel.class)
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
    public List<DeviceModel> currentlyWithHash(uk.secgov.cpl.ImageHash imageHash, long exceptModelId) {
        return em.createQuery("select m from DeviceModel m where m.id <> :x and m.id in (select a.deviceModelId from"
                + " HashAssociation a where a.imageHash = :h and " + CURRENT + ")", DeviceModel.class)
                .setParameter("x", exceptModelId).setParameter("h", imageHash).getResultList();
    }

    /*
     * Search. The filters run as SQL on the Device Models alone, so a page is an index range of entry IDs and a
     * count touches one table; the current Hashes and statuses of the page's 50 entries are read afterwards.
     * Text matches part of the model name, manufacturer name or model ID (a trigram index on PostgreSQL, V26) or
     * the start of the current Hash (an index range), as a union of two indexed look-ups rather than an OR that
     * would scan every entry.
     */
    private static final String CURRENT_SQL = "not exists (select 1 from cpl_hash_association n"
            + " where n.device_model_id = a.device_model_id and n.seq > a.seq)";

    /** The status of entry {@code m}'s newest status change, null when it has none. */
    private static final String LATEST_STATUS_SQL = "(select s.status from cpl_entry_status s where"
            + " s.device_model_id = m.id and not exists (select 1 from cpl_entry_status t"
            + " where t.device_model_id = m.id and t.seq > s.seq))";

    private static String currentHash(String condition) {
        return "exists (select 1 from cpl_hash_association a where a.device_model_id = m.id and a.image_hash "
                + condition + " and " + CURRENT_SQL + ")";
    }

    /** The text a search names: part of a name or model ID, and (when it is hexadecimal) the start of a Hash. */
    static final java.util.regex.Pattern HASH_START = java.util.regex.Pattern.compile("[0-9a-f]{1,64}");

    private jakarta.persistence.Query filtered(String select, uk.secgov.cpl.EntryFilter filter, String orderBy) {
        StringBuilder sql = new StringBuilder(select).append(" from cpl_device_model m where 1 = 1");
        List<Object> parameters = new java.util.ArrayList<>();
        filter.deviceType().ifPresent(t -> {
            sql.append(" and m.device_type = ?");
            parameters.add(t.name());
        });
        filter.manufacturerId().ifPresent(mid -> {
            sql.append(" and m.manufacturer_id = ?");
            parameters.add(mid);
        });
        filter.status().ifPresent(st -> sql.append(switch (st) {
            case HASH_ASSOCIATED -> " and (" + LATEST_STATUS_SQL + " is null or " + LATEST_STATUS_SQL
                    + " not in ('CPA_EXPIRED', 'REMOVED')) and " + currentHash("is not null");
            case CPA_EXPIRED -> " and " + LATEST_STATUS_SQL + " = 'CPA_EXPIRED'";
            case REMOVED -> " and (" + LATEST_STATUS_SQL + " = 'REMOVED' or (" + LATEST_STATUS_SQL + " is null and "
                    + currentHash("is null") + "))";
        }));
        filter.text().ifPresent(text -> {
            sql.append(" and m.id in (select t.id from cpl_device_model t where lower(t.model_name || ' ' ||"
                    + " t.manufacturer_name || ' ' || t.model_id) like ?" + LikePatterns.ESCAPE_CLAUSE);
            parameters.add(LikePatterns.containing(text));
            if (HASH_START.matcher(text).matches()) {
                sql.append(" union select a.device_model_id from cpl_hash_association a where a.image_hash like ?"
                        + " and ").append(CURRENT_SQL);
                parameters.add(text + "%");
            }
            sql.append(")");
        });
        sql.append(orderBy);
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @Override
    public List<uk.secgov.cpl.CplEntry> entries(uk.secgov.cpl.EntryFilter filter, int first, int size) {
        List<Long> ids = ((List<?>) filtered("select m.id", filter, " order by m.id").setFirstResult(first)
                .setMaxResults(size).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select m, a from DeviceModel m, HashAssociation a where"
                + " a.deviceModelId = m.id and " + CURRENT + " and m.id in :ids order by m.id", Object[].class)
                .setParameter("ids", ids).getResultList();
        return published(rows, JpaEntryStatuses.latest(em, ids), JpaEntryStatuses.latest(em,
                uk.secgov.cpl.CpaRenewal.class, ids));
    }

    @Override
    public List<uk.secgov.cpl.CplEntry> entriesAfter(long afterEntryId, int size) {
        // Every side of the joins starts after the last entry read, so each page is an index range of its own size
        // (bounding only m.id let the database merge the associations from the first entry on, every page).
        List<Object[]> rows = em.createQuery("select m, a from DeviceModel m, HashAssociation a where"
                + " a.deviceModelId = m.id and m.id > :after and a.deviceModelId > :after and not exists (select n.id"
                + " from HashAssociation n where n.deviceModelId = a.deviceModelId and n.deviceModelId > :after and"
                + " n.seq > a.seq) order by m.id", Object[].class)
                .setParameter("after", afterEntryId).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long from = ((DeviceModel) rows.get(0)[0]).id();
        long to = ((DeviceModel) rows.get(rows.size() - 1)[0]).id();
        return published(rows, JpaEntryStatuses.latestBetween(em, uk.secgov.cpl.EntryStatusChange.class, from, to),
                JpaEntryStatuses.latestBetween(em, uk.secgov.cpl.CpaRenewal.class, from, to));
    }

    /** The rows (model, current Hash) with each entry's newest status change and renewed CPA certificate. */
    private static List<uk.secgov.cpl.CplEntry> published(List<Object[]> rows,
            java.util.Map<Long, uk.secgov.cpl.EntryStatusChange> statuses,
            java.util.Map<Long, uk.secgov.cpl.CpaRenewal> renewals) {
        return rows.stream().map(r -> {
            long id = ((DeviceModel) r[0]).id();
            return new uk.secgov.cpl.CplEntry((DeviceModel) r[0], (HashAssociation) r[1], statuses.get(id),
                    renewals.get(id));
        }).toList();
    }

    @Override
    public long countEntries(uk.secgov.cpl.EntryFilter filter) {
        return ((Number) filtered("select count(*)", filter, "").getSingleResult()).longValue();
    }
}
