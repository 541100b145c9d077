package uk.secgov.cplsubmission;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import uk.secgov.cpl.DeviceModelDescription;
import uk.secgov.cpl.DeviceModelKey;
import uk.secgov.cpl.DeviceModelRow;
import uk.secgov.cpl.DeviceType;
import uk.secgov.cpl.ImageHash;
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

    /** The Device Model the row asks for, in the same columns as the CPL's own description. */
    @Embedded
    private DeviceModelDescription description;

    @Column(name = "image_hash", nullable = false, length = 64)
    @Convert(converter = ImageHash.Column.class)
    private ImageHash imageHash;

    protected SubmittedRow() {
    }

    public static SubmittedRow of(long submissionId, DeviceModelRow row) {
        SubmittedRow r = new SubmittedRow();
        r.submissionId = submissionId;
        r.rowNumber = row.row();
        r.description = row.description();
        r.imageHash = row.hash();
        return r;
    }

    public Long id() {
        return id;
    }

    @Override
    public long submissionId() {
        return submissionId;
    }

    public int rowNumber() {
        return rowNumber;
    }

    /** The Device Model the row asks for, as the CPL would describe it. */
    @Override
    public DeviceModelDescription description() {
        return description;
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

    public ImageHash imageHash() {
        return imageHash;
    }

    public List<Long> upgradeFrom() {
        String ids = description.upgradeFrom();
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(";")).map(Long::valueOf).toList();
    }

    public DeviceModelKey key() {
        return description.key();
    }

    /** SMETS1 or a Communications Hub: only the DCC may ask for it (Appendix Z 4.3(c), MP168). */
    public boolean dccMustSubmit() {
        return specificationVersion().equals("SMETS1") || deviceType().communicationsHub();
    }
}
