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

/** A party brought into an investigation, or taken out of it: the newest record for a party is in force. */
@Entity
@Immutable
@Table(name = "cpl_investigation_party")
public class InvestigationParty {

    /** Why the party is involved. */
    public enum Why {
        SUBMITTER("submitted the conflicting Hash"),
        IMAGE_CREATOR("manufacturer named as the image creator"),
        CURRENT_HASH_SUBMITTER("submitted the current Hash"),
        DCC("the DCC (a Communications Hub or SMETS1 Device Model)"),
        ADDED_BY_SECAS("added by SECAS");

        private final String label;

        Why(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false)
    private long investigationId;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Why why;

    @Column(nullable = false)
    private boolean included;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    protected InvestigationParty() {
    }

    static InvestigationParty of(long investigationId, long partyId, Why why, boolean included, Instant at,
            String actor) {
        InvestigationParty p = new InvestigationParty();
        p.investigationId = investigationId;
        p.partyId = partyId;
        p.why = why;
        p.included = included;
        p.at = at;
        p.actor = actor;
        return p;
    }

    public Long id() {
        return id;
    }

    public long investigationId() {
        return investigationId;
    }

    public long partyId() {
        return partyId;
    }

    public Why why() {
        return why;
    }

    public boolean included() {
        return included;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }
}
