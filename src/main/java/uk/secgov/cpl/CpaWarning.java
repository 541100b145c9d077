package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * The record that SECAS was warned, once, that an entry's CPA certificate expires (or is due for renewal) on
 * {@code cpaDate}, within the warning window of Working Days. Never changed; what SECAS did is a
 * {@link CpaWarningAction}.
 */
@Entity
@Immutable
@Table(name = "cpl_cpa_warning")
public class CpaWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_model_id", nullable = false)
    private long deviceModelId;

    @Column(name = "cpa_date", nullable = false)
    private LocalDate cpaDate;

    @Column(nullable = false)
    private boolean renewal;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected CpaWarning() {
    }

    static CpaWarning raised(long deviceModelId, LocalDate cpaDate, boolean renewal, int workingDays, Instant at) {
        CpaWarning w = new CpaWarning();
        w.deviceModelId = deviceModelId;
        w.cpaDate = cpaDate;
        w.renewal = renewal;
        w.workingDays = workingDays;
        w.raisedAt = at;
        return w;
    }

    public Long id() {
        return id;
    }

    public long deviceModelId() {
        return deviceModelId;
    }

    public LocalDate cpaDate() {
        return cpaDate;
    }

    /** A renewal date (since 2022) rather than an expiry date. */
    public boolean renewal() {
        return renewal;
    }

    public int workingDays() {
        return workingDays;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
