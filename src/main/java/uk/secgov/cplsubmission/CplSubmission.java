package uk.secgov.cplsubmission;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import uk.secgov.cpl.NamedFile;
import uk.secgov.platform.time.UkFormat;

/**
 * A CPL submission as received: who sent it, when, and the two files exactly as they came with
 * their SHA-256. Stored before anything else happens and never changed; what happens next is
 * recorded in {@link SubmissionEvent}s, {@link SubmittedRow}s and {@link RowDecision}s.
 */
@Entity
@Immutable
@Table(name = "cpl_submission")
public class CplSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "submitting_party_id", nullable = false)
    private long submittingPartyId;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "form_name", nullable = false, length = 255)
    private String formName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "form_bytes", nullable = false)
    private byte[] formBytes;

    @Column(name = "form_sha256", nullable = false, length = 64)
    private String formSha256;

    @Column(name = "signature_name", nullable = false, length = 255)
    private String signatureName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_bytes", nullable = false)
    private byte[] signatureBytes;

    @Column(name = "signature_sha256", nullable = false, length = 64)
    private String signatureSha256;

    protected CplSubmission() {
    }

    public static CplSubmission received(long number, long submittingPartyId, String submittedBy, Instant at,
            NamedFile form, NamedFile signature) {
        CplSubmission s = new CplSubmission();
        s.reference = referenceOf(number, at);
        s.submittingPartyId = submittingPartyId;
        s.submittedBy = submittedBy;
        s.receivedAt = at;
        s.formName = form.name();
        s.formBytes = form.bytes().clone();
        s.formSha256 = form.sha256();
        s.signatureName = signature.name();
        s.signatureBytes = signature.bytes().clone();
        s.signatureSha256 = signature.sha256();
        return s;
    }

    /** {@code CPL-2026-000123}: the year received (UK time) and a number that never repeats. */
    static String referenceOf(long number, Instant at) {
        return String.format("CPL-%d-%06d", at.atZone(UkFormat.ZONE).getYear(), number);
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public long submittingPartyId() {
        return submittingPartyId;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String formName() {
        return formName;
    }

    public byte[] formBytes() {
        return formBytes.clone();
    }

    public String formSha256() {
        return formSha256;
    }

    public String signatureName() {
        return signatureName;
    }

    public byte[] signatureBytes() {
        return signatureBytes.clone();
    }

    public String signatureSha256() {
        return signatureSha256;
    }
}
