package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.secgov.platform.security.Allowed;

/**
 * SECAS (or an administrator) configures how a body votes: a new version of its rule (groups and their seats, quorum,
 * aggregation) in force from a day. Earlier versions stay, and every round names the version it used.
 */
@ApplicationScoped
@Transactional
public class VotingRules {

    /** A voting group: its name and the seats that vote in it. */
    public record GroupSeats(String name, List<Long> seatIds) {
    }

    /** A version of the rule, as configured. */
    public record RuleConfiguration(LocalDate effectiveFrom, List<GroupSeats> groups, QuorumKind quorum,
            AggregationKind aggregation, String note) {
    }

    @Inject
    Bodies bodies;

    @Inject
    MeetingLedger ledger;

    public VotingRules() {
    }

    public VotingRules(Bodies bodies, MeetingLedger ledger) {
        this.bodies = bodies;
        this.ledger = ledger;
    }

    @Allowed({"secas", "admin"})
    public VotingRuleVersion newVersion(String bodyKey, RuleConfiguration c) {
        Body body = ledger.body(bodyKey);
        if (c.effectiveFrom() == null) {
            throw new InvalidMeetingRequest("effectiveFrom", "Give the day the rule takes effect.");
        }
        if (c.quorum() == null || c.aggregation() == null) {
            throw new InvalidMeetingRequest("aggregation", "Choose the quorum and how the votes make the decision.");
        }
        if (c.groups() == null || c.groups().isEmpty()) {
            throw new InvalidMeetingRequest("groups", "Give at least one voting group with its seats.");
        }
        Map<String, Set<Long>> groups = new LinkedHashMap<>();
        Set<Long> placed = new HashSet<>();
        for (GroupSeats g : c.groups()) {
            String name = MeetingRecord.required("groups", g.name(), 100);
            if (groups.containsKey(name) || g.seatIds() == null || g.seatIds().isEmpty()) {
                throw new InvalidMeetingRequest("groups", "Each group has its own name and at least one seat: "
                        + name + ".");
            }
            for (Long seatId : g.seatIds()) {
                if (seatId == null || bodies.seat(seatId).filter(s -> s.bodyKey().equals(body.key())).isEmpty()
                        || !placed.add(seatId)) {
                    throw new InvalidMeetingRequest("groups", "Seat " + seatId + " is not a seat of " + body.name()
                            + ", or is in two groups.");
                }
            }
            groups.put(name, new LinkedHashSet<>(g.seatIds()));
        }
        int next = bodies.ruleVersions(body.key()).stream().mapToInt(VotingRuleVersion::version).max().orElse(0) + 1;
        return bodies.add(VotingRuleVersion.of(body.key(), next, c.effectiveFrom(), groups, c.quorum(),
                c.aggregation(), MeetingRecord.optional("note", c.note(), 500), ledger.now(), ledger.actor()));
    }

    /** Every version of the body's rule, oldest first. */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VotingRuleVersion> history(String bodyKey) {
        return bodies.ruleVersions(ledger.body(bodyKey).key());
    }
}
