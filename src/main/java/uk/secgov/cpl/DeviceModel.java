package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import uk.secgov.party.ManufacturerId;

/** A Device Model on the CPL; its id is its CPL Entry ID. Listed once, never changed or removed. */
@Entity
@Immutable
@Table(name = "cpl_device_model")
public class DeviceModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Column(name = "upgrade_from", nullable = false, length = 1000)
    private String upgradeFrom;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Column(name = "listed_by_submission_id")
    private Long listedBySubmissionId;

    @Column(name = "listed_by_import_id")
    private Long listedByImportId;

    protected DeviceModel() {
    }

    public static DeviceModel listed(SubmittedDeviceModel row, Instant at) {
        DeviceModel m = new DeviceModel();
        m.deviceType = row.deviceType();
        m.manufacturerId = ManufacturerId.of(row.manufacturerId());
        m.manufacturerName = row.manufacturerName();
        m.modelId = row.modelId();
        m.modelName = row.modelName();
        m.hardwareVersion = row.hardwareVersion();
        m.firmwareVersion = row.firmwareVersion();
        m.specificationVersion = row.specificationVersion();
        m.gbcsVersion = row.gbcsVersion();
        m.cpaCertificate = row.cpaCertificate();
        m.cpaExpiry = row.cpaExpiry();
        m.cpaRenewal = row.cpaRenewal();
        m.upgradeFrom = String.join(";", row.upgradeFrom().stream().map(String::valueOf).toList());
        m.listedAt = at;
        m.listedBySubmissionId = row.submissionId();
        return m;
    }

    /** The CPL Entry ID. */
    public Long id() {
        return id;
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

    public String cpaCertificate() {
        return cpaCertificate;
    }

    public LocalDate cpaExpiry() {
        return cpaExpiry;
    }

    public LocalDate cpaRenewal() {
        return cpaRenewal;
    }

    /** The CPA certificate the model was listed with (by its submission or import); see {@link CplEntry#cpa()}. */
    public CpaCertificate listedCpa() {
        return new CpaCertificate(cpaCertificate, cpaExpiry, cpaRenewal);
    }

    public String upgradeFrom() {
        return upgradeFrom;
    }

    public Instant listedAt() {
        return listedAt;
    }

    /** The submission that listed it; none for a model imported from the CPL published before this system. */
    public java.util.Optional<Long> listedBySubmissionId() {
        return java.util.Optional.ofNullable(listedBySubmissionId);
    }

    /** The import that listed it, if it was not a submission. */
    public java.util.Optional<Long> listedByImportId() {
        return java.util.Optional.ofNullable(listedByImportId);
    }
}
