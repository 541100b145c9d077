package uk.secgov.cpl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.secgov.platform.security.Allowed;

/**
 * The published CPL, for everyone: entries with their current Hash (filtered and paged in the
 * database), each entry's full Hash history with the submission and decision behind each step, and
 * the whole list for export. Only what a decision put on the CPL is here; submissions are not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedCpl {

    /** One step of an entry's history, as published. */
    public record HistoryStep(int seq, String imageHash, java.time.Instant at, String submissionReference,
            String decidedBy, String reason, String importedFrom) {
    }

    /**
     * The columns of the CSV and XLSX exports, which an import of a published CPL reads back. The CPA columns hold
     * the entry's current CPA certificate (its newest renewal), so an import lists the entry with it.
     */
    public static final List<String> COLUMNS = List.of("CPL Entry ID", "Status", "Device Type", "Manufacturer ID",
            "Manufacturer Name", "Model ID", "Model Name", "Hardware Version", "Firmware Version",
            "SMETS/CHTS Version", "GBCS Version", "CPA Certificate Reference", "CPA Expiry Date", "CPA Renewal Date",
            "Upgrade From CPL Entry IDs", "Manufacturer Image Hash", "Hash Associated", "Listed");

    static final int EXPORT_PAGE = 1000;

    @Inject
    CplRegister register;

    @Inject
    SubmissionReferences submissions;

    @Allowed(Allowed.ANYONE)
    public List<CplEntry> page(EntryFilter filter, int first, int size) {
        return register.entries(filter, first, size);
    }

    @Allowed(Allowed.ANYONE)
    public long count(EntryFilter filter) {
        return register.countEntries(filter);
    }

    @Inject
    EntryStatuses statuses;

    @Allowed(Allowed.ANYONE)
    public Optional<CplEntry> entry(long entryId) {
        return register.model(entryId).flatMap(m -> register.current(m.id()).map(a -> new CplEntry(m, a,
                statuses.current(m.id()).orElse(null), statuses.currentRenewal(m.id()).orElse(null))));
    }

    /** The entry's renewed CPA certificates, oldest first (the one it was listed with is on its model). */
    @Allowed(Allowed.ANYONE)
    public List<CpaRenewal> cpaRenewals(long entryId) {
        return statuses.renewals(entryId);
    }

    /** The entry's status changes, oldest first (CPA expired, removed by Panel decision), with their records. */
    @Allowed(Allowed.ANYONE)
    public List<EntryStatusChange> statusHistory(long entryId) {
        return statuses.history(entryId);
    }

    @Allowed(Allowed.ANYONE)
    public List<HistoryStep> history(long entryId) {
        return register.history(entryId).stream().map(a -> new HistoryStep(a.seq(),
                a.imageHash().map(ImageHash::value).orElse(null), a.at(),
                a.submissionId().flatMap(submissions::referenceOf).orElse(null), a.actor(), a.reason(), a.importId().flatMap(register::importById).map(CplImport::source)
                        .orElse(null))).toList();
    }

    /**
     * Every published entry in CPL Entry ID order, a page of the database at a time; each page starts after the
     * last id of the one before (an offset would make the database walk past every earlier entry again).
     */
    @Allowed(Allowed.ANYONE)
    public void forEachEntry(Consumer<CplEntry> sink) {
        long after = 0;
        while (true) {
            List<CplEntry> page = register.entriesAfter(after, EXPORT_PAGE);
            page.forEach(sink);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).model().id();
        }
    }
}
