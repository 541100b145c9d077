package uk.secgov.cpl;

import java.util.Optional;

/** A published CPL entry: the Device Model (its id is the CPL Entry ID) and its current Hash association. */
public record CplEntry(DeviceModel model, HashAssociation current) {

    /** Where an entry stands on the published CPL. */
    public enum Status {
        HASH_ASSOCIATED, REMOVED
    }

    public Status status() {
        return current.imageHash().isPresent() ? Status.HASH_ASSOCIATED : Status.REMOVED;
    }

    public Optional<String> currentHash() {
        return current.imageHash();
    }
}
