package uk.secgov.cplsubmission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;
import uk.secgov.cpl.DeviceModelKey;
import uk.secgov.cpl.DeviceModelRow;
import uk.secgov.cpl.DeviceType;
import uk.secgov.cpl.SubmittedDeviceModel;
import uk.secgov.party.ManufacturerId;

/** One Device Model row of a submission, as read from its form once verified. Never changed. */
@Entity
@Immutable
@Table(name = "cpl_submission_row")
public class SubmittedRow implements SubmittedDeviceModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "row_number", nullable = false)
    private int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false, length = 10)
    private DeviceType deviceType;

    @Column(name = "manufacturer_id", nullable = false, length = 4)
    private String manufacturerId;

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

    @Column(name = "image_hash", nullable = false, length = 64)
    private String imageHash;

    @Column(name = "upgrade_from", nullable = false, length = 1000)
    private String upgradeFrom;

    protected SubmittedRow() {
    }

    public static SubmittedRow of(long submissionId, DeviceModelRow row) {
        SubmittedRow r = new SubmittedRow();
        r.submissionId = submissionId;
        r.rowNumber = row.row();
        r.deviceType = row.deviceType();
        r.manufacturerId = row.manufacturerId();
        r.manufacturerName = row.manufacturerName();
        r.modelId = row.modelId();
        r.modelName = row.modelName();
        r.hardwareVersion = row.hardwareVersion();
        r.firmwareVersion = row.firmwareVersion();
        r.specificationVersion = row.specificationVersion().toString();
        r.gbcsVersion = row.gbcsVersion();
        r.cpaCertificate = row.cpaCertificate();
        r.cpaExpiry = row.cpaExpiry();
        r.cpaRenewal = row.cpaRenewal();
        r.imageHash = row.imageHash();
        r.upgradeFrom = row.upgradeFrom().stream().map(String::valueOf).collect(Collectors.joining(";"));
        return r;
    }

    public Long id() {
        return id;
    }

    public long submissionId() {
        return submissionId;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public DeviceType deviceType() {
        return deviceType;
    }

    public String manufacturerId() {
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

    public String imageHash() {
        return imageHash;
    }

    public List<Long> upgradeFrom() {
        return upgradeFrom.isEmpty() ? List.of() : Arrays.stream(upgradeFrom.split(";")).map(Long::valueOf).toList();
    }

    public DeviceModelKey key() {
        return new DeviceModelKey(deviceType, ManufacturerId.of(manufacturerId), modelId, hardwareVersion,
                firmwareVersion);
    }

    /** SMETS1 or a Communications Hub: only the DCC may ask for it (Appendix Z 4.3(c), MP168). */
    public boolean dccMustSubmit() {
        return specificationVersion.equals("SMETS1") || deviceType.communicationsHub();
    }
}
