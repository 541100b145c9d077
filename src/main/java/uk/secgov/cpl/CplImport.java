package uk.secgov.cpl;

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

/**
 * The register started from the CPL as published before this system: who imported which published list, when,
 * the file exactly as it came (with its SHA-256), and how many entries it listed. Never changed; the Device
 * Models and first Hash associations it made name it.
 */
@Entity
@Immutable
@Table(name = "cpl_import")
public class CplImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_bytes", nullable = false)
    private byte[] fileBytes;

    @Column(nullable = false)
    private int entries;

    protected CplImport() {
    }

    static CplImport of(NamedFile file, String source, int entries, String actor, Instant at) {
        CplImport i = new CplImport();
        i.at = at;
        i.actor = actor;
        i.source = source;
        i.fileName = file.name();
        i.fileSha256 = file.sha256();
        i.fileBytes = file.bytes();
        i.entries = entries;
        return i;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    /** Which published list it was, e.g. "CPL published by SECAS on 1 November 2026". */
    public String source() {
        return source;
    }

    public String fileName() {
        return fileName;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public int entries() {
        return entries;
    }
}
