package uk.secgov.cpl;

import java.util.List;
import java.util.Optional;

/**
 * The register read for what is associated now: a Device Model by its key or CPL Entry ID, its current Hash, the other
 * models that have a Hash now, and the import an association came from. What the rules of a submission ask.
 */
public interface CurrentAssociations {

    Optional<DeviceModel> model(DeviceModelKey key);

    Optional<DeviceModel> model(long entryId);

    /** The newest step of the model's Hash history. */
    Optional<HashAssociation> current(long deviceModelId);

    /** Models (other than {@code exceptModelId}) whose current Hash is {@code imageHash}. */
    List<DeviceModel> currentlyWithHash(ImageHash imageHash, long exceptModelId);

    Optional<CplImport> importById(long id);
}
