package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded
    private DeviceModelDescription description;

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
        m.description = row.description().copy();
        m.listedAt = at;
        m.listedBySubmissionId = row.submissionId();
        return m;
    }

    /**
     * A model already on the CPL under its CPL Entry ID, as the importer writes the published CPL's rows (in bulk,
     * bypassing this class): the form an in-memory register holds them in.
     */
    static DeviceModel onTheCpl(long entryId, DeviceModelDescription description, Instant listedAt) {
        DeviceModel m = new DeviceModel();
        m.id = entryId;
        m.description = description;
        m.listedAt = listedAt;
        return m;
    }

    /** The CPL Entry ID. */
    public Long id() {
        return id;
    }

    /** What the model is, as listed. */
    public DeviceModelDescription description() {
        return description;
    }

    public DeviceModelKey key() {
        return description.key();
    }

    public DeviceType deviceType() {
        return description.deviceType();
    }

    public ManufacturerId manufacturerId() {
        return description.manufacturerId();
    }

    public String manufacturerName() {
        return description.manufacturerName();
    }

    public String modelId() {
        return description.modelId();
    }

    public String modelName() {
        return description.modelName();
    }

    public String hardwareVersion() {
        return description.hardwareVersion();
    }

    public String firmwareVersion() {
        return description.firmwareVersion();
    }

    public String specificationVersion() {
        return description.specificationVersion();
    }

    public String gbcsVersion() {
        return description.gbcsVersion();
    }

    public String cpaCertificate() {
        return description.cpa().reference();
    }

    public LocalDate cpaExpiry() {
        return description.cpa().expiry();
    }

    public LocalDate cpaRenewal() {
        return description.cpa().renewal();
    }

    /** The CPA certificate the model was listed with (by its submission or import); see {@link CplEntry#cpa()}. */
    public CpaCertificate listedCpa() {
        return description.cpa();
    }

    public String upgradeFrom() {
        return description.upgradeFrom();
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
