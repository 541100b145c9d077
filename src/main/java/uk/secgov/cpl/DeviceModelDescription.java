package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import uk.secgov.party.ManufacturerId;

/**
 * What a Device Model is, as the CPL publishes it: device type, manufacturer, model, hardware and firmware version
 * (its identity, {@link #key()}), the specification and GBCS versions it is built to, the CPA certificate it was
 * listed with and the earlier firmware that may upgrade to it. The column names are those of the submission form's
 * fields, so a table embedding it keeps its columns.
 */
@Embeddable
public class DeviceModelDescription {

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false, length = 10)
    private DeviceType deviceType;

    @Column(name = "manufacturer_id", nullable = false, length = 4)
    @Convert(converter = ManufacturerId.Column.class)
    private ManufacturerId manufacturerId;

    @Column(name = "manufacturer_name", nullable = false, length = 200)
    private String manufacturerName;

    @Column(name = "model_id", nullable = false, length = 16)
    private String modelId;

    @Column(name = "model_name", nullable = false, length = 200)
    private String modelName;

    @Column(name = "hardware_version", nullable = false, length = 16)
    private String hardwareVersion;

    @Column(name = "firmware_version", nullable = false, length = 8)
    private String firmwareVersion;

    @Column(name = "specification_version", nullable = false, length = 20)
    private String specificationVersion;

    @Column(name = "gbcs_version", length = 10)
    private String gbcsVersion;

    @Column(name = "cpa_certificate", length = 200)
    private String cpaCertificate;

    @Column(name = "cpa_expiry")
    private LocalDate cpaExpiry;

    @Column(name = "cpa_renewal")
    private LocalDate cpaRenewal;

    /** CPL Entry IDs separated by {@code ;}, empty for none. */
    @Column(name = "upgrade_from", nullable = false, length = 1000)
    private String upgradeFrom;

    protected DeviceModelDescription() {
    }

    public DeviceModelDescription(DeviceType deviceType, ManufacturerId manufacturerId, String manufacturerName,
            String modelId, String modelName, String hardwareVersion, String firmwareVersion,
            String specificationVersion, String gbcsVersion, CpaCertificate cpa, List<Long> upgradeFrom) {
        this.deviceType = deviceType;
        this.manufacturerId = manufacturerId;
        this.manufacturerName = manufacturerName;
        this.modelId = modelId;
        this.modelName = modelName;
        this.hardwareVersion = hardwareVersion;
        this.firmwareVersion = firmwareVersion;
        this.specificationVersion = specificationVersion;
        this.gbcsVersion = gbcsVersion;
        this.cpaCertificate = cpa.reference();
        this.cpaExpiry = cpa.expiry();
        this.cpaRenewal = cpa.renewal();
        this.upgradeFrom = String.join(";", upgradeFrom.stream().map(String::valueOf).toList());
    }

    /** The same description, for another record to keep (an embedded value belongs to one entity). */
    public DeviceModelDescription copy() {
        DeviceModelDescription d = new DeviceModelDescription();
        d.deviceType = deviceType;
        d.manufacturerId = manufacturerId;
        d.manufacturerName = manufacturerName;
        d.modelId = modelId;
        d.modelName = modelName;
        d.hardwareVersion = hardwareVersion;
        d.firmwareVersion = firmwareVersion;
        d.specificationVersion = specificationVersion;
        d.gbcsVersion = gbcsVersion;
        d.cpaCertificate = cpaCertificate;
        d.cpaExpiry = cpaExpiry;
        d.cpaRenewal = cpaRenewal;
        d.upgradeFrom = upgradeFrom;
        return d;
    }

    public DeviceModelKey key() {
        return new DeviceModelKey(deviceType, manufacturerId, modelId, hardwareVersion, firmwareVersion);
    }

    public DeviceType deviceType() {
        return deviceType;
    }

    public ManufacturerId manufacturerId() {
        return manufacturerId;
    }

    public String manufacturerName() {
        return manufacturerName;
    }

    public String modelId() {
        return modelId;
    }

    public String modelName() {
        return modelName;
    }

    public String hardwareVersion() {
        return hardwareVersion;
    }

    public String firmwareVersion() {
        return firmwareVersion;
    }

    public String specificationVersion() {
        return specificationVersion;
    }

    public String gbcsVersion() {
        return gbcsVersion;
    }

    /** The CPA certificate as described. */
    public CpaCertificate cpa() {
        return new CpaCertificate(cpaCertificate, cpaExpiry, cpaRenewal);
    }

    /** CPL Entry IDs separated by {@code ;}, empty for none, as published. */
    public String upgradeFrom() {
        return upgradeFrom;
    }
}
