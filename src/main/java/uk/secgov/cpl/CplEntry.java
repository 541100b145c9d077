package uk.secgov.cpl;

import java.util.Optional;

/**
 * A published CPL entry: the Device Model (its id is the CPL Entry ID), its current Hash association, its newest
 * status change (none: the entry never changed status) and its newest renewed CPA certificate (none: it still has
 * the one it was listed with).
 */
public record CplEntry(DeviceModel model, HashAssociation current, EntryStatusChange statusChange,
        CpaRenewal cpaRenewal) {

    /** Where an entry stands on the published CPL. */
    public enum Status {
        HASH_ASSOCIATED, CPA_EXPIRED, REMOVED
    }

    public CplEntry(DeviceModel model, HashAssociation current) {
        this(model, current, null, null);
    }

    public CplEntry(DeviceModel model, HashAssociation current, EntryStatusChange statusChange) {
        this(model, current, statusChange, null);
    }

    /**
     * The newest status change wins (CPA_EXPIRED, REMOVED); without one, or when a renewed CPA certificate listed
     * the entry again, an entry with a current Hash is HASH_ASSOCIATED.
     */
    public Status status() {
        if (statusChange != null && statusChange.status() != Status.HASH_ASSOCIATED) {
            return statusChange.status();
        }
        return current.imageHash().isPresent() ? Status.HASH_ASSOCIATED : Status.REMOVED;
    }

    public Optional<EntryStatusChange> lastStatusChange() {
        return Optional.ofNullable(statusChange);
    }

    /** The Hash the DCC may use: none once the entry is removed (the history keeps the Hash it had). */
    public Optional<ImageHash> currentHash() {
        return status() == Status.REMOVED ? Optional.empty() : current.imageHash();
    }

    /** The current CPA certificate: the newest renewal, else the one the entry was listed with. */
    public CpaCertificate cpa() {
        return cpaRenewal != null ? cpaRenewal.certificate() : model.listedCpa();
    }

    public Optional<CpaRenewal> lastCpaRenewal() {
        return Optional.ofNullable(cpaRenewal);
    }
}
