package uk.secgov.cpl;

import java.util.List;

/**
 * The CPL register's records: Device Models and their Hash histories (added to, never changed). The features that
 * only look up or add associations use the narrow ports it extends.
 */
public interface CplRegister extends CurrentAssociations, NewAssociations {

    /** Oldest first. */
    List<HashAssociation> history(long deviceModelId);

    /** Published entries matching the filter, by CPL Entry ID. */
    List<CplEntry> entries(EntryFilter filter, int first, int size);

    long countEntries(EntryFilter filter);

    /** Up to {@code size} published entries with CPL Entry IDs above {@code afterEntryId}, by id (keyset paging). */
    List<CplEntry> entriesAfter(long afterEntryId, int size);

    /** Every Device Model ever listed, whatever its status. */
    long countModels();

    CplImport add(CplImport origin);

    /**
     * The entries of an import, with their published CPL Entry IDs, each with its first Hash association (none
     * for a removed entry); the next Device Model listed afterwards gets an id above the highest imported.
     */
    void addImported(List<CplImporter.ImportedEntry> entries, CplImport origin, String actor);
}
