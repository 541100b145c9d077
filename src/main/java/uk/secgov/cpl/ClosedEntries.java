package uk.secgov.cpl;

import java.util.Optional;

/**
 * The register asked whether an entry takes a new Hash: not once the Panel removed it, nor while its CPA certificate
 * has expired. What the rules of a submission ask, without the rest of the CPL's upkeep.
 */
public interface ClosedEntries {

    /** Why a new Hash for this CPL entry is refused, in words for the submitter; empty while it takes one. */
    Optional<String> refusalForNewHash(long entryId);
}
