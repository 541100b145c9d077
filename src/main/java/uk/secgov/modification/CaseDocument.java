package uk.secgov.modification;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A document on a case (a Modification Report, legal text, ...), with its Panel Information Policy
 * classification. Never changed once stored: a correction is a new version that supersedes it.
 */
@Entity
@Table(name = "modification_document")
public class CaseDocument {

    static final int TITLE_MAX = 200;
    static final int NAME_MAX = 255;
    static final int MEDIA_TYPE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "modification_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, updatable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "supersedes_id", updatable = false)
    private Long supersedesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Classification classification;

    @Column(name = "file_name", nullable = false, updatable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = MEDIA_TYPE_MAX)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    protected CaseDocument() {
    }

    /** The first version of a document, or (with {@code previous}) the next version of one. */
    static CaseDocument of(long caseId, DocumentUpload upload, CaseDocument previous, String by, Instant now) {
        CaseDocument d = new CaseDocument();
        d.caseId = caseId;
        d.title = upload.title();
        d.versionNumber = previous == null ? 1 : previous.versionNumber + 1;
        d.supersedesId = previous == null ? null : previous.id;
        d.classification = upload.classification();
        d.fileName = upload.fileName();
        d.mediaType = upload.mediaType();
        d.content = upload.content().clone();
        d.sizeBytes = d.content.length;
        d.sha256 = sha256(d.content);
        d.uploadedAt = now;
        d.uploadedBy = by;
        return d;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String title() {
        return title;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Classification classification() {
        return classification;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String sha256() {
        return sha256;
    }

    /** A copy: the stored bytes never change. */
    public byte[] content() {
        return content.clone();
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public java.util.Optional<Long> supersedesId() {
        return java.util.Optional.ofNullable(supersedesId);
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
