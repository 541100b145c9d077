package uk.secgov.meeting;

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
 * A closed round's outcome as it was computed, with the rule version used and the working in words; one per round
 * (the database refuses a second), so closing is the end of the round.
 */
@Entity
@Immutable
@Table(name = "vote_round_outcome")
public class RoundOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "rule_version_id", nullable = false)
    private long ruleVersionId;

    @Column(name = "rule_version", nullable = false)
    private int ruleVersion;

    @Column(name = "quorum_met", nullable = false)
    private boolean quorumMet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VoteOutcome.Result result;

    @Column(nullable = false, length = 4000)
    private String working;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, length = 100)
    private String closedBy;

    protected RoundOutcome() {
    }

    static RoundOutcome of(VoteRound round, VotingRuleVersion rule, VoteOutcome outcome, Instant at, String by) {
        RoundOutcome o = new RoundOutcome();
        o.roundId = round.id();
        o.ruleVersionId = rule.id();
        o.ruleVersion = rule.version();
        o.quorumMet = outcome.quorumMet();
        o.result = outcome.result();
        String working = outcome.explanation();
        // The column's limit; a body with very many members would need the working in rows of its own.
        o.working = working.length() > 4000 ? working.substring(0, 3999) + "…" : working;
        o.closedAt = at;
        o.closedBy = by;
        return o;
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long ruleVersionId() {
        return ruleVersionId;
    }

    public int ruleVersion() {
        return ruleVersion;
    }

    public boolean quorumMet() {
        return quorumMet;
    }

    public VoteOutcome.Result result() {
        return result;
    }

    public String working() {
        return working;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
