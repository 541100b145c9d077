package uk.secgov.cpl;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.secgov.party.ManufacturerId;

/**
 * One row of a submission form: a Device Model and the Hash of its Manufacturer Image. Hex values
 * are held in one case whatever case they were written in: identifiers upper, the Hash lower. {@code row} is the spreadsheet row.
 */
public record DeviceModelRow(int row, DeviceType deviceType, String manufacturerId, String manufacturerName,
        String modelId, String modelName, String hardwareVersion, String firmwareVersion,
        SpecificationVersion specificationVersion, String gbcsVersion, String cpaCertificate, LocalDate cpaExpiry,
        LocalDate cpaRenewal, String imageHash, List<Long> upgradeFrom) {

    /** The Device Model this row is about (Appendix Z: one current Hash per Device Model). */
    public DeviceModelKey key() {
        return new DeviceModelKey(deviceType, ManufacturerId.of(manufacturerId), modelId, hardwareVersion,
                firmwareVersion);
    }

    /**
     * The Device Model as the CPL describes it: the one place a form's row becomes a description, whether it is kept
     * with the submission or listed on the CPL.
     */
    public DeviceModelDescription description() {
        return new DeviceModelDescription(deviceType, ManufacturerId.of(manufacturerId), manufacturerName, modelId,
                modelName, hardwareVersion, firmwareVersion, specificationVersion.toString(), gbcsVersion,
                new CpaCertificate(cpaCertificate, cpaExpiry, cpaRenewal), upgradeFrom);
    }

    /** The Hash of the Manufacturer Image as a value. */
    public ImageHash hash() {
        return ImageHash.of(imageHash);
    }

    /** Appendix Z 4.3(c) and MP168: SMETS1 models and Communications Hubs come from, and are endorsed by, the DCC. */
    public boolean dccMustSubmit() {
        return specificationVersion.smets1() || deviceType.communicationsHub();
    }

    public Optional<LocalDate> cpaDate() {
        return Optional.ofNullable(cpaExpiry != null ? cpaExpiry : cpaRenewal);
    }
}
