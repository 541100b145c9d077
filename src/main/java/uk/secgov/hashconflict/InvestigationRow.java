package uk.secgov.hashconflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A conflicting submitted row that an investigation decides; a row belongs to one investigation. */
@Entity
@Immutable
@Table(name = "cpl_investigation_row")
public class InvestigationRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false)
    private long investigationId;

    @Column(name = "row_id", nullable = false)
    private long rowId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected InvestigationRow() {
    }

    static InvestigationRow of(long investigationId, long rowId, Instant at) {
        InvestigationRow r = new InvestigationRow();
        r.investigationId = investigationId;
        r.rowId = rowId;
        r.joinedAt = at;
        return r;
    }

    public long investigationId() {
        return investigationId;
    }

    public long rowId() {
        return rowId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
