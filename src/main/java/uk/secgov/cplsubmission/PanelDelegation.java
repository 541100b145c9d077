package uk.secgov.cplsubmission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The Panel's setting, as a dated record: whether SECAS decides associations that raise no Hash
 * conflict on the Panel's behalf. The newest record is in force; each decision says which applied.
 */
@Entity
@Immutable
@Table(name = "cpl_panel_delegation")
public class PanelDelegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private boolean delegated;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 4000)
    private String rationale;

    protected PanelDelegation() {
    }

    static PanelDelegation of(boolean delegated, String actor, String rationale, Instant at) {
        PanelDelegation d = new PanelDelegation();
        d.at = at;
        d.delegated = delegated;
        d.actor = actor;
        d.rationale = rationale;
        return d;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public boolean delegated() {
        return delegated;
    }

    public String actor() {
        return actor;
    }

    public String rationale() {
        return rationale;
    }
}
