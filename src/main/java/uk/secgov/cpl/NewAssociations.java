package uk.secgov.cpl;

import java.util.Optional;

/**
 * The register written by a decision: the Device Model listed if it is new, and the next step of its Hash history
 * appended after the current one. What a decided submission row and a decided Hash conflict add.
 */
public interface NewAssociations {

    Optional<DeviceModel> model(DeviceModelKey key);

    DeviceModel add(DeviceModel model);

    /** The newest step of the model's Hash history, which the new one follows. */
    Optional<HashAssociation> current(long deviceModelId);

    HashAssociation add(HashAssociation association);
}
