package uk.secgov.cpl;

import uk.secgov.party.ManufacturerId;

/** What identifies a Device Model: type, manufacturer, model, hardware and firmware version (hex in upper case). */
public record DeviceModelKey(DeviceType deviceType, ManufacturerId manufacturerId, String modelId,
        String hardwareVersion, String firmwareVersion) {

    @Override
    public String toString() {
        return deviceType + " " + manufacturerId + "/" + modelId + " hardware " + hardwareVersion + " firmware "
                + firmwareVersion;
    }
}
