package uk.secgov.hashconflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A question SECAS put to one party in an investigation, due a number of Working Days later (17:00
 * UK time) and escalated to SECAS some Working Days after that. Never changed: a further question is
 * a follow-up request that names this one.
 */
@Entity
@Immutable
@Table(name = "cpl_information_request")
public class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false)
    private long investigationId;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "follows_request_id")
    private Long followsRequestId;

    @Column(nullable = false, length = 4000)
    private String question;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "asked_by", nullable = false, length = 100)
    private String askedBy;

    @Column(name = "due_working_days", nullable = false)
    private int dueWorkingDays;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "escalate_at", nullable = false)
    private Instant escalateAt;

    protected InformationRequest() {
    }

    static InformationRequest of(long investigationId, long partyId, Long followsRequestId, String question,
            Instant askedAt, String askedBy, int dueWorkingDays, Instant dueAt, Instant escalateAt) {
        InformationRequest r = new InformationRequest();
        r.investigationId = investigationId;
        r.partyId = partyId;
        r.followsRequestId = followsRequestId;
        r.question = question;
        r.askedAt = askedAt;
        r.askedBy = askedBy;
        r.dueWorkingDays = dueWorkingDays;
        r.dueAt = dueAt;
        r.escalateAt = escalateAt;
        return r;
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

    public Optional<Long> followsRequestId() {
        return Optional.ofNullable(followsRequestId);
    }

    public String question() {
        return question;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String askedBy() {
        return askedBy;
    }

    public int dueWorkingDays() {
        return dueWorkingDays;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant escalateAt() {
        return escalateAt;
    }
}
