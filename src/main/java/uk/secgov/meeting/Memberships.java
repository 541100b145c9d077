package uk.secgov.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A body's appointments, each as its latest record (the ones before it are history). */
public record Memberships(List<Membership> records) {

    public Memberships {
        records = List.copyOf(records);
    }

    /** The latest record of each appointment, in the order the appointments were made. */
    public List<Membership> current() {
        Map<Long, Membership> latest = new LinkedHashMap<>();
        records.forEach(m -> latest.merge(m.appointment(), m, (a, b) -> b.revision() > a.revision() ? b : a));
        return List.copyOf(latest.values());
    }

    public Optional<Membership> appointment(long appointment) {
        return current().stream().filter(m -> m.appointment() == appointment).findFirst();
    }

    /** The members entitled to vote on the day under the rule: in term, on a seat that votes. */
    public List<Voter> entitledOn(LocalDate day, VotingRule rule) {
        return current().stream().filter(m -> m.inTermOn(day) && rule.votes(m.seatId()))
                .map(m -> new Voter(m.appointment(), m.personName(), m.seatId())).toList();
    }
}
