package uk.secgov.hashconflict;

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
import uk.secgov.cpl.HashAssociation;

/**
 * A Hash conflict investigation (Appendix Z 4.3(b)): which current association of which CPL entry is
 * challenged. Never changed; what happens to it is its timeline ({@link InvestigationEvent}), and its
 * state is read from that timeline ({@link InvestigationRecord}).
 */
@Entity
@Immutable
@Table(name = "cpl_investigation")
public class ConflictInvestigation {

    /** What the conflicting rows claim. */
    public enum Kind {
        /** Another Hash for a Device Model that has a current Hash. */
        DIFFERENT_HASH,
        /** A Hash that is already the current Hash of another Device Model. */
        HASH_ELSEWHERE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "device_model_id", nullable = false)
    private long deviceModelId;

    @Column(name = "challenged_association_id", nullable = false)
    private long challengedAssociationId;

    @Column(nullable = false)
    private int round;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected ConflictInvestigation() {
    }

    static ConflictInvestigation of(String reference, Kind kind, HashAssociation challenged, int round, Instant at) {
        ConflictInvestigation i = new ConflictInvestigation();
        i.reference = reference;
        i.kind = kind;
        i.deviceModelId = challenged.deviceModelId();
        i.challengedAssociationId = challenged.id();
        i.round = round;
        i.openedAt = at;
        return i;
    }

    public Long id() {
        return id;
    }

    /** {@code HCI-2026-000001}. */
    public String reference() {
        return reference;
    }

    public Kind kind() {
        return kind;
    }

    /** The CPL entry whose current association is challenged. */
    public long deviceModelId() {
        return deviceModelId;
    }

    public long challengedAssociationId() {
        return challengedAssociationId;
    }

    public int round() {
        return round;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
