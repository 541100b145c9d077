package uk.secgov.cpl;

import java.util.Optional;

/**
 * A published CPL entry: the Device Model (its id is the CPL Entry ID), its current Hash association, and its
 * newest status change (none: the entry never changed status).
 */
public record CplEntry(DeviceModel model, HashAssociation current, EntryStatusChange statusChange) {

    /** Where an entry stands on the published CPL. */
    public enum Status {
        HASH_ASSOCIATED, CPA_EXPIRED, REMOVED
    }

    public CplEntry(DeviceModel model, HashAssociation current) {
        this(model, current, null);
    }

    /** The newest status change wins; without one, an entry with a current Hash is HASH_ASSOCIATED. */
    public Status status() {
        if (statusChange != null) {
            return statusChange.status();
        }
        return current.imageHash().isPresent() ? Status.HASH_ASSOCIATED : Status.REMOVED;
    }

    public Optional<EntryStatusChange> lastStatusChange() {
        return Optional.ofNullable(statusChange);
    }

    /** The Hash the DCC may use: none once the entry is removed (the history keeps the Hash it had). */
    public Optional<String> currentHash() {
        return status() == Status.REMOVED ? Optional.empty() : current.imageHash();
    }
}
