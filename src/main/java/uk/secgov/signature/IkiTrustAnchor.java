package uk.secgov.signature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * An IKI CA certificate the administrator trusts for CPL signatures. Never deleted: retiring it
 * stops new verifications from trusting it, and it stays listed with who added and retired it, when
 * and why, so old verification reports can still be understood.
 */
@Entity
@Table(name = "trust_anchor")
public class IkiTrustAnchor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String issuer;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(nullable = false, unique = true, length = 64)
    private String fingerprint;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(nullable = false)
    private byte[] der;

    @Column(name = "crl_url", length = 500)
    private String crlUrl;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 100)
    private String retiredBy;

    @Column(name = "retired_reason", length = 500)
    private String retiredReason;

    @Version
    private long version;

    @Transient
    private X509Certificate certificate;

    protected IkiTrustAnchor() {
    }

    /** A new anchor: a CA certificate (basic constraints CA, may sign certificates) valid now. */
    public static IkiTrustAnchor register(X509Certificate certificate, String crlUrl, String actor, Instant now) {
        if (certificate.getBasicConstraints() < 0) {
            throw new InvalidSignatureMaterial("certificate", "The certificate of " + CertificatePathCheck.nameOf(certificate)
                    + " is not a CA certificate (basic constraints CA:FALSE); trust anchors are IKI CA certificates.");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && (keyUsage.length < 6 || !keyUsage[5])) {
            throw new InvalidSignatureMaterial("certificate", "The certificate of "
                    + CertificatePathCheck.nameOf(certificate) + " may not sign certificates (no keyCertSign key usage).");
        }
        if (certificate.getNotAfter().toInstant().isBefore(now)) {
            throw new InvalidSignatureMaterial("certificate", "The certificate of "
                    + CertificatePathCheck.nameOf(certificate) + " has already expired.");
        }
        IkiTrustAnchor anchor = new IkiTrustAnchor();
        anchor.certificate = certificate;
        anchor.subject = certificate.getSubjectX500Principal().getName();
        anchor.issuer = certificate.getIssuerX500Principal().getName();
        anchor.serialNumber = certificate.getSerialNumber().toString(16);
        anchor.notBefore = certificate.getNotBefore().toInstant();
        anchor.notAfter = certificate.getNotAfter().toInstant();
        try {
            anchor.der = certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new InvalidSignatureMaterial("certificate", "The certificate cannot be encoded.");
        }
        anchor.fingerprint = CryptoFiles.sha256(anchor.der);
        anchor.crlUrl = checkedUrl(crlUrl);
        anchor.addedBy = actor;
        anchor.addedAt = now;
        return anchor;
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || url.length() > 500) {
                throw new IllegalArgumentException();
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureMaterial("crlUrl", "The CRL address must be an http or https URL.");
        }
    }

    /** No longer trusted for new verifications; stays on record with the reason. */
    public void retire(String reason, String by, Instant now) {
        if (retiredAt != null) {
            throw new InvalidSignatureMaterial("trustAnchor", "This trust anchor was already retired.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidSignatureMaterial("reason", "Say why the trust anchor is retired (up to 500 characters).");
        }
        retiredReason = reason.strip();
        retiredBy = by;
        retiredAt = now;
    }

    public boolean isActive() {
        return retiredAt == null;
    }

    public X509Certificate certificate() {
        if (certificate == null) {
            certificate = CryptoFiles.certificate("certificate", der);
        }
        return certificate;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public Optional<String> crlUrl() {
        return Optional.ofNullable(crlUrl);
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public Optional<String> retiredBy() {
        return Optional.ofNullable(retiredBy);
    }

    public Optional<String> retiredReason() {
        return Optional.ofNullable(retiredReason);
    }
}
