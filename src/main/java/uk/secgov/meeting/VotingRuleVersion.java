package uk.secgov.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * One version of a body's voting rule, as SECAS (or an administrator) configured it: the voting groups with their
 * seats (a seat in no group does not vote), the quorum and how votes make the decision, in force from a date. A change
 * is a new version with the next number; the earlier ones stay, and each vote round names the version it used.
 */
@Entity
@Immutable
@Table(name = "voting_rule_version")
public class VotingRuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_key", nullable = false, length = 20)
    private String bodyKey;

    @Column(nullable = false)
    private int version;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_kind", nullable = false, length = 30)
    private QuorumKind quorum;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation_kind", nullable = false, length = 30)
    private AggregationKind aggregation;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voting_rule_seat", joinColumns = @JoinColumn(name = "rule_version_id"))
    @OrderColumn(name = "seat_order")
    private List<GroupSeat> seats = new ArrayList<>();

    protected VotingRuleVersion() {
    }

    /** A version with its groups in order, each group's seats by id. */
    static VotingRuleVersion of(String bodyKey, int version, LocalDate effectiveFrom, Map<String, Set<Long>> groups,
            QuorumKind quorum, AggregationKind aggregation, String note, Instant at, String by) {
        VotingRuleVersion v = new VotingRuleVersion();
        v.bodyKey = bodyKey;
        v.version = version;
        v.effectiveFrom = effectiveFrom;
        v.quorum = quorum;
        v.aggregation = aggregation;
        v.note = note;
        v.recordedAt = at;
        v.recordedBy = by;
        groups.forEach((name, seatIds) -> seatIds.forEach(seat -> v.seats.add(new GroupSeat(name, seat))));
        return v;
    }

    /** The pure rule this version configures. */
    public VotingRule rule() {
        Map<String, Set<Long>> groups = new LinkedHashMap<>();
        seats.forEach(s -> groups.computeIfAbsent(s.groupName(), g -> new LinkedHashSet<>()).add(s.seatId()));
        return new VotingRule(version, groups.entrySet().stream()
                .map(e -> new VotingRule.Group(e.getKey(), e.getValue())).toList(), quorum, aggregation);
    }

    public Long id() {
        return id;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public QuorumKind quorum() {
        return quorum;
    }

    public AggregationKind aggregation() {
        return aggregation;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public List<GroupSeat> seats() {
        return List.copyOf(seats);
    }
}
