package uk.secgov.cpl;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CPL entries' status changes, CPA warnings and renewed CPA certificates (added to, never changed). */
public interface EntryStatuses {

    /** The newest status change of the entry, if it ever changed. */
    Optional<EntryStatusChange> current(long deviceModelId);

    /** The newest status change of each of these entries that has one. */
    Map<Long, EntryStatusChange> current(Collection<Long> deviceModelIds);

    /** Oldest first. */
    List<EntryStatusChange> history(long deviceModelId);

    EntryStatusChange add(EntryStatusChange change);

    /**
     * Entries listed with a current Hash (no status change, or listed again by a renewal; not removed) whose
     * current CPA expiry or renewal date (of the newest renewal, else as listed) is on or before {@code upTo}, by
     * CPL Entry ID.
     */
    List<DeviceModel> listedWithCpaDateUpTo(LocalDate upTo);

    Optional<CpaWarning> warning(long deviceModelId, LocalDate cpaDate);

    Optional<CpaWarning> warning(long warningId);

    CpaWarning add(CpaWarning warning);

    CpaWarningAction add(CpaWarningAction action);

    /** Oldest first. */
    List<CpaWarning> warnings(long deviceModelId);

    List<CpaWarningAction> actions(long warningId);

    /** The entry's newest renewed CPA certificate, if one was ever recorded. */
    Optional<CpaRenewal> currentRenewal(long deviceModelId);

    /** The newest renewal of each of these entries that has one. */
    Map<Long, CpaRenewal> currentRenewals(Collection<Long> deviceModelIds);

    /** Oldest first. */
    List<CpaRenewal> renewals(long deviceModelId);

    CpaRenewal add(CpaRenewal renewal);
}
