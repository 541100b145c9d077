package uk.secgov.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The bodies, their seats, their members' appointments and their voting rules: only ever added to. */
public interface Bodies {

    Optional<Body> body(String key);

    List<Body> all();

    List<Seat> seats(String bodyKey);

    Optional<Seat> seat(long id);

    /** Every membership record of the body, oldest first. */
    List<Membership> memberships(String bodyKey);

    /** The next appointment number, never handed out twice (a database sequence). */
    long nextAppointment();

    /** Every version of the body's voting rule, oldest first. */
    List<VotingRuleVersion> ruleVersions(String bodyKey);

    Optional<VotingRuleVersion> ruleVersion(long id);

    Seat add(Seat seat);

    Membership add(Membership membership);

    VotingRuleVersion add(VotingRuleVersion version);

    /** The version in force on the day: the latest in effect by then, the highest number among those of one date. */
    default Optional<VotingRuleVersion> ruleInForceOn(String bodyKey, LocalDate day) {
        return ruleVersions(bodyKey).stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(VotingRuleVersion::effectiveFrom)
                        .thenComparingInt(VotingRuleVersion::version));
    }
}
