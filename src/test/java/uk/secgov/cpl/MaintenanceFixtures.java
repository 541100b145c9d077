package uk.secgov.cpl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.party.ManufacturerId;
import uk.secgov.testing.Ids;

/**
 * CPL entries, status changes, CPA warnings and renewals kept in memory, for maintenance tests outside the database.
 */
public final class MaintenanceFixtures {

    private MaintenanceFixtures() {
    }

    public static CplMaintenance maintenance(Records records, WorkingDayCalendar calendar, int workingDays) {
        return maintenance(records, calendar, workingDays, java.time.Clock.systemUTC());
    }

    /** With {@code clock} for "now" and "today" (the dates a renewal must be after). */
    public static CplMaintenance maintenance(Records records, WorkingDayCalendar calendar, int workingDays,
            java.time.Clock clock) {
        return new CplMaintenance(records, records.register, calendar, clock, workingDays);
    }

    /** The published CPL over these records (entries, statuses and exports; no submissions). */
    public static PublishedCpl published(Records records) {
        PublishedCpl cpl = new PublishedCpl();
        cpl.register = records.register;
        cpl.statuses = records;
        return cpl;
    }

    /** A CPA-expired entry, as the daily check would have made it on {@code date}, for tests of what follows. */
    public static EntryStatusChange expired(Records records, long entryId, LocalDate date) {
        return records.add(EntryStatusChange.following(records.current(entryId), entryId,
                CplEntry.Status.CPA_EXPIRED, Instant.parse("2026-01-01T06:00:00Z"), date, CplMaintenance.SYSTEM,
                EntryStatusChange.ActorRole.SYSTEM, null, "CPA certificate expired"));
    }

    /** An in-memory register of models and their current Hash, with their status changes and warnings. */
    public static final class Records implements EntryStatuses {

        /** The models and Hashes, as the register answers them. */
        public final CplRegister register = new Register();

        private final Map<Long, DeviceModel> models = new LinkedHashMap<>();
        private final Map<Long, List<HashAssociation>> hashes = new HashMap<>();
        private final Map<Long, List<EntryStatusChange>> changes = new HashMap<>();
        private final List<CpaWarning> warnings = new ArrayList<>();
        private final List<CpaWarningAction> actions = new ArrayList<>();
        private final Map<Long, List<CpaRenewal>> renewals = new HashMap<>();
        private final Ids ids = new Ids(100);

        /** A listed ESME with a current Hash (null: removed before this system) and the CPA dates given. */
        public DeviceModel entry(long id, String hash, LocalDate cpaExpiry, LocalDate cpaRenewal) {
            DeviceModel m = DeviceModel.onTheCpl(id, new DeviceModelDescription(DeviceType.ESME,
                    ManufacturerId.of("1063"), "Meterworks Ltd", "0005020" + id % 10, "MW-E" + id, "0102",
                    "380404" + String.format("%02d", id % 100), "SMETS2 v4.2", null,
                    new CpaCertificate("CPA-" + id, cpaExpiry, cpaRenewal), List.of()),
                    Instant.parse("2024-01-01T10:00:00Z"));
            models.put(id, m);
            HashAssociation a = HashAssociation.following(Optional.empty(), id, hash == null ? null
                    : ImageHash.of(hash), Instant.parse("2024-01-01T10:00:00Z"), null, null, "importer", "Imported");
            hashes.computeIfAbsent(id, k -> new ArrayList<>()).add(a);
            return m;
        }

        public List<CpaWarning> warnings() {
            return List.copyOf(warnings);
        }

        public List<CpaWarningAction> actions() {
            return List.copyOf(actions);
        }

        public CplEntry.Status status(long id) {
            return entry(id).status();
        }

        /** The entry as published: its model, current Hash, newest status change and newest renewal. */
        public CplEntry entry(long id) {
            return new CplEntry(models.get(id), currentAssociation(id), current(id, true).orElse(null),
                    currentRenewal(id).orElse(null));
        }

        private Optional<EntryStatusChange> current(long id, boolean statuses) {
            List<EntryStatusChange> list = changes.getOrDefault(id, List.of());
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
        }

        @Override
        public Optional<EntryStatusChange> current(long deviceModelId) {
            return current(deviceModelId, true);
        }

        @Override
        public Map<Long, EntryStatusChange> current(Collection<Long> deviceModelIds) {
            Map<Long, EntryStatusChange> map = new HashMap<>();
            deviceModelIds.forEach(id -> current(id, true).ifPresent(c -> map.put(id, c)));
            return map;
        }

        @Override
        public List<EntryStatusChange> history(long deviceModelId) {
            return List.copyOf(changes.getOrDefault(deviceModelId, List.of()));
        }

        @Override
        public EntryStatusChange add(EntryStatusChange change) {
            List<EntryStatusChange> list = changes.computeIfAbsent(change.deviceModelId(), k -> new ArrayList<>());
            if (change.seq() != list.size() + 1) {
                throw new IllegalStateException("cpl_entry_status_seq: not the direct successor");
            }
            ids.assign(change);
            list.add(change);
            return change;
        }

        @Override
        public List<DeviceModel> listedWithCpaDateUpTo(LocalDate upTo) {
            return models.values().stream().filter(m -> current(m.id(), true).map(c -> c.status()
                    == CplEntry.Status.HASH_ASSOCIATED).orElse(true))
                    .filter(m -> currentAssociation(m.id()).imageHash().isPresent())
                    .filter(m -> {
                        CpaCertificate c = entry(m.id()).cpa();
                        return (c.expiry() != null && !c.expiry().isAfter(upTo))
                                || (c.renewal() != null && !c.renewal().isAfter(upTo));
                    })
                    .sorted(Comparator.comparing(DeviceModel::id)).toList();
        }

        private HashAssociation currentAssociation(long id) {
            List<HashAssociation> list = hashes.get(id);
            return list.get(list.size() - 1);
        }

        @Override
        public Optional<CpaWarning> warning(long deviceModelId, LocalDate cpaDate) {
            return warnings.stream().filter(w -> w.deviceModelId() == deviceModelId && w.cpaDate().equals(cpaDate))
                    .findFirst();
        }

        @Override
        public Optional<CpaWarning> warning(long warningId) {
            return warnings.stream().filter(w -> w.id() == warningId).findFirst();
        }

        @Override
        public CpaWarning add(CpaWarning warning) {
            if (warning(warning.deviceModelId(), warning.cpaDate()).isPresent()) {
                throw new IllegalStateException("cpl_cpa_warning_once");
            }
            ids.assign(warning);
            warnings.add(warning);
            return warning;
        }

        @Override
        public CpaWarningAction add(CpaWarningAction action) {
            ids.assign(action);
            actions.add(action);
            return action;
        }

        @Override
        public List<CpaWarning> warnings(long deviceModelId) {
            return warnings.stream().filter(w -> w.deviceModelId() == deviceModelId).toList();
        }

        @Override
        public List<CpaWarningAction> actions(long warningId) {
            return actions.stream().filter(a -> a.warningId() == warningId).toList();
        }

        @Override
        public Optional<CpaRenewal> currentRenewal(long deviceModelId) {
            List<CpaRenewal> list = renewals.getOrDefault(deviceModelId, List.of());
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
        }

        @Override
        public Map<Long, CpaRenewal> currentRenewals(Collection<Long> deviceModelIds) {
            Map<Long, CpaRenewal> map = new HashMap<>();
            deviceModelIds.forEach(id -> currentRenewal(id).ifPresent(r -> map.put(id, r)));
            return map;
        }

        @Override
        public List<CpaRenewal> renewals(long deviceModelId) {
            return List.copyOf(renewals.getOrDefault(deviceModelId, List.of()));
        }

        @Override
        public CpaRenewal add(CpaRenewal renewal) {
            List<CpaRenewal> list = renewals.computeIfAbsent(renewal.deviceModelId(), k -> new ArrayList<>());
            if (renewal.seq() != list.size() + 1) {
                throw new IllegalStateException("cpl_cpa_renewal_seq: not the direct successor");
            }
            ids.assign(renewal);
            list.add(renewal);
            return renewal;
        }

        private final class Register implements CplRegister {

            @Override
            public Optional<DeviceModel> model(DeviceModelKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<DeviceModel> model(long entryId) {
                return Optional.ofNullable(models.get(entryId));
            }

            @Override
            public DeviceModel add(DeviceModel model) {
                throw new UnsupportedOperationException();
            }

            @Override
            public HashAssociation add(HashAssociation association) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<HashAssociation> current(long deviceModelId) {
                return Optional.ofNullable(hashes.get(deviceModelId)).map(l -> l.get(l.size() - 1));
            }

            @Override
            public List<HashAssociation> history(long deviceModelId) {
                return List.copyOf(hashes.getOrDefault(deviceModelId, List.of()));
            }

            @Override
            public List<DeviceModel> currentlyWithHash(ImageHash imageHash, long exceptModelId) {
                throw new UnsupportedOperationException();
            }

            /** Every entry, whatever the filter. */
            @Override
            public List<CplEntry> entries(EntryFilter filter, int first, int size) {
                return models.values().stream().skip(first).limit(size).map(m -> Records.this.entry(m.id()))
                        .toList();
            }

            @Override
            public List<CplEntry> entriesAfter(long afterEntryId, int size) {
                return models.values().stream().filter(m -> m.id() > afterEntryId).limit(size)
                        .map(m -> Records.this.entry(m.id())).toList();
            }

            @Override
            public long countEntries(EntryFilter filter) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long countModels() {
                return models.size();
            }

            @Override
            public CplImport add(CplImport origin) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CplImport> importById(long id) {
                return Optional.empty();
            }

            @Override
            public void addImported(List<CplImporter.ImportedEntry> entries, CplImport origin, String actor) {
                throw new UnsupportedOperationException();
            }
        }
    }
}
