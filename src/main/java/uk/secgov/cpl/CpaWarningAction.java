package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What SECAS did about a CPA warning (e.g. contacted the manufacturer), by whom and when. */
@Entity
@Immutable
@Table(name = "cpl_cpa_warning_action")
public class CpaWarningAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "warning_id", nullable = false)
    private long warningId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 4000)
    private String note;

    protected CpaWarningAction() {
    }

    static CpaWarningAction of(long warningId, Instant at, String actor, String note) {
        CpaWarningAction a = new CpaWarningAction();
        a.warningId = warningId;
        a.at = at;
        a.actor = actor;
        a.note = note;
        return a;
    }

    public long warningId() {
        return warningId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
