package uk.secgov.signature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.hibernate.annotations.Immutable;

/**
 * A CRL as received, signed by a registered trust anchor. Kept as it came (never changed or
 * deleted); the newest one of each issuer is the one verifications use while it is current.
 */
@Entity
@Immutable
@Table(name = "crl")
public class IkiCrl {

    /** How the CRL arrived. */
    public enum Source {
        UPLOAD, FETCH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trust_anchor_id", nullable = false)
    private IkiTrustAnchor issuer;

    @Column(name = "this_update", nullable = false)
    private Instant thisUpdate;

    @Column(name = "next_update")
    private Instant nextUpdate;

    @Column(name = "crl_number", length = 100)
    private String crlNumber;

    @Column(name = "revoked_count", nullable = false)
    private int revokedCount;

    @Column(nullable = false)
    private byte[] der;

    @Column(nullable = false, unique = true, length = 64)
    private String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    protected IkiCrl() {
    }

    static IkiCrl received(X509CRL crl, IkiTrustAnchor issuer, Source source, String actor, Instant now) {
        IkiCrl record = new IkiCrl();
        record.issuer = issuer;
        record.thisUpdate = crl.getThisUpdate().toInstant();
        record.nextUpdate = crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant();
        record.crlNumber = crlNumberOf(crl);
        record.revokedCount = crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size();
        try {
            record.der = crl.getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new InvalidSignatureMaterial("crl", "The CRL cannot be encoded.");
        }
        record.fingerprint = CryptoFiles.sha256(record.der);
        record.source = source;
        record.receivedBy = actor;
        record.receivedAt = now;
        return record;
    }

    private static String crlNumberOf(X509CRL crl) {
        byte[] extension = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (extension == null) {
            return null;
        }
        try {
            return CRLNumber.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension)).getCRLNumber().toString();
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** Whether it may be used at {@code time}: issued by then and not past its nextUpdate. */
    public boolean isCurrentAt(Instant time) {
        return !thisUpdate.isAfter(time) && (nextUpdate == null || !time.isAfter(nextUpdate));
    }

    public X509CRL parse() {
        return CryptoFiles.crl("crl", der);
    }

    public Long id() {
        return id;
    }

    public IkiTrustAnchor issuer() {
        return issuer;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(nextUpdate);
    }

    public Optional<String> crlNumber() {
        return Optional.ofNullable(crlNumber);
    }

    public int revokedCount() {
        return revokedCount;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Source source() {
        return source;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }
}
