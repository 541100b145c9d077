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
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One attempt to fetch a trust anchor's CRL from its address, kept as a log line (never changed). */
@Entity
@Immutable
@Table(name = "crl_fetch")
public class CrlFetch {

    /** What the attempt came to. */
    public enum Outcome {
        /** A newer CRL was loaded. */
        LOADED,
        /** The CRL published is the one already loaded. */
        UNCHANGED,
        /** Nothing usable came: the last good CRL stays in use. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trust_anchor_id", nullable = false)
    private IkiTrustAnchor anchor;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(nullable = false, length = 1000)
    private String detail;

    protected CrlFetch() {
    }

    static CrlFetch of(IkiTrustAnchor anchor, Instant at, Outcome outcome, String detail) {
        CrlFetch fetch = new CrlFetch();
        fetch.anchor = anchor;
        fetch.attemptedAt = at;
        fetch.outcome = outcome;
        fetch.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        return fetch;
    }

    public IkiTrustAnchor anchor() {
        return anchor;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
