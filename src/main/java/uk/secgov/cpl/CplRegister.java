package uk.secgov.cpl;

import java.util.List;
import java.util.Optional;

/** The CPL register's records: Device Models and their Hash histories (added to, never changed). */
public interface CplRegister {

    Optional<DeviceModel> model(DeviceModelKey key);

    Optional<DeviceModel> model(long entryId);

    DeviceModel add(DeviceModel model);

    HashAssociation add(HashAssociation association);

    /** The newest step of the model's Hash history. */
    Optional<HashAssociation> current(long deviceModelId);

    /** Oldest first. */
    List<HashAssociation> history(long deviceModelId);

    /** Models (other than {@code exceptModelId}) whose current Hash is {@code imageHash}. */
    List<DeviceModel> currentlyWithHash(ImageHash imageHash, long exceptModelId);

    /** Published entries matching the filter, by CPL Entry ID. */
    List<CplEntry> entries(EntryFilter filter, int first, int size);

    long countEntries(EntryFilter filter);

    /** Up to {@code size} published entries with CPL Entry IDs above {@code afterEntryId}, by id (keyset paging). */
    List<CplEntry> entriesAfter(long afterEntryId, int size);

    /** Every Device Model ever listed, whatever its status. */
    long countModels();

    CplImport add(CplImport origin);

    Optional<CplImport> importById(long id);

    /**
     * The entries of an import, with their published CPL Entry IDs, each with its first Hash association (none
     * for a removed entry); the next Device Model listed afterwards gets an id above the highest imported.
     */
    void addImported(List<CplImporter.ImportedEntry> entries, CplImport origin, String actor);
}
