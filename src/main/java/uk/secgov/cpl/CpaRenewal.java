package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A renewed CPA certificate that SECAS recorded for a CPL entry: the new reference and its expiry or renewal
 * date, who recorded it, when, and from which CPA warning if any. Never changed: the next renewal is the next step
 * of the chain ({@link EntryChainStep}). The entry's current CPA certificate is its newest renewal; the one it was
 * listed with (submission or import) stays on the {@link DeviceModel}.
 */
@Entity
@Immutable
@Table(name = "cpl_cpa_renewal")
public class CpaRenewal extends EntryChainStep {

    @Column(name = "cpa_certificate", nullable = false, length = 200)
    private String cpaCertificate;

    @Column(name = "cpa_expiry")
    private LocalDate cpaExpiry;

    @Column(name = "cpa_renewal")
    private LocalDate cpaRenewal;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 4000)
    private String note;

    @Column(name = "warning_id")
    private Long warningId;

    protected CpaRenewal() {
    }

    /** The renewal after {@code current} (none: the entry's first renewal). */
    static CpaRenewal following(Optional<CpaRenewal> current, long deviceModelId, CpaCertificate certificate,
            Instant at, String actor, String note, Long warningId) {
        if (certificate.reference() == null || certificate.date().isEmpty()) {
            throw new IllegalArgumentException("A renewed CPA certificate has a reference and a date");
        }
        CpaRenewal r = new CpaRenewal();
        r.follow(current, deviceModelId);
        r.cpaCertificate = certificate.reference();
        r.cpaExpiry = certificate.expiry();
        r.cpaRenewal = certificate.renewal();
        r.at = at;
        r.actor = actor;
        r.note = note;
        r.warningId = warningId;
        return r;
    }

    public CpaCertificate certificate() {
        return new CpaCertificate(cpaCertificate, cpaExpiry, cpaRenewal);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The CPA warning it was recorded from, if any. */
    public Optional<Long> warningId() {
        return Optional.ofNullable(warningId);
    }
}
