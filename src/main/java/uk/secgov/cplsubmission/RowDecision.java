package uk.secgov.cplsubmission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One thing that happened to a row, never changed: the outcome of the Appendix Z 4.3 rules, SECAS's
 * recommendation, or the decision (the Panel's, or SECAS's under the Panel's delegation).
 */
@Entity
@Immutable
@Table(name = "cpl_row_outcome")
public class RowDecision {

    /** Who said it. */
    public enum Stage {
        RULES, RECOMMENDATION, DECISION, DELEGATED_DECISION, WITHDRAWAL,
        /** The Panel's decision on a Hash conflict, made in its investigation. */
        INVESTIGATION,
        /** The register refused to write a decided row because the Device Model changed since the rules ran. */
        REGISTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "row_id", nullable = false)
    private long rowId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RowOutcome outcome;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 4000)
    private String reason;

    protected RowDecision() {
    }

    public static RowDecision of(long rowId, Instant at, Stage stage, RowOutcome outcome, String actor, String reason) {
        RowDecision d = new RowDecision();
        d.rowId = rowId;
        d.at = at;
        d.stage = stage;
        d.outcome = outcome;
        d.actor = actor;
        d.reason = reason.length() <= 4000 ? reason : reason.substring(0, 3999) + "…";
        return d;
    }

    public Long id() {
        return id;
    }

    public long rowId() {
        return rowId;
    }

    public Instant at() {
        return at;
    }

    public Stage stage() {
        return stage;
    }

    public RowOutcome outcome() {
        return outcome;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
