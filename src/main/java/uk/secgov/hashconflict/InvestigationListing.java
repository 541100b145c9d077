package uk.secgov.hashconflict;

import java.util.List;

/** The list of investigations, a page at a time. */
public interface InvestigationListing {

    /** Newest first; {@code partyId} null: all, else those the party is (or was) involved in. */
    List<ConflictInvestigation> page(Long partyId, int first, int size);

    long count(Long partyId);
}
