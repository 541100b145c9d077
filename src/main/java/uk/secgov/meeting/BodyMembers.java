package uk.secgov.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Allowed;

/**
 * SECAS (or an administrator) keeps a body's seats and who holds them: a seat is added, a person appointed to a seat
 * for a term, and an appointment changed (its term, or struck out as recorded in error) by a new record that supersedes
 * the last. Anyone signed in reads who sits on a body.
 */
@ApplicationScoped
@Transactional
public class BodyMembers {

    /** An appointment: a person who signs in (their username) or only a name, to a seat, from a day, to one or open. */
    public record Appointment(long seatId, String username, String personName, LocalDate termFrom, LocalDate termTo) {
    }

    @Inject
    Bodies bodies;

    @Inject
    MeetingLedger ledger;

    public BodyMembers() {
    }

    public BodyMembers(Bodies bodies, MeetingLedger ledger) {
        this.bodies = bodies;
        this.ledger = ledger;
    }

    @Allowed({"secas", "admin"})
    public Seat addSeat(String bodyKey, String name, PartyCategory category) {
        Body body = ledger.body(bodyKey);
        String seatName = MeetingRecord.required("name", name, Seat.NAME_MAX);
        if (bodies.seats(body.key()).stream().anyMatch(s -> s.name().equalsIgnoreCase(seatName))) {
            throw new InvalidMeetingRequest("name", body.name() + " already has a seat " + seatName + ".");
        }
        return bodies.add(Seat.of(body.key(), seatName, category, ledger.now(), ledger.actor()));
    }

    @Allowed({"secas", "admin"})
    public Membership appoint(Appointment a) {
        Seat seat = seat(a.seatId());
        term(a.termFrom(), a.termTo());
        return bodies.add(Membership.of(bodies.nextAppointment(), 1, seat, username(a.username()),
                MeetingRecord.required("personName", a.personName(), Membership.PERSON_MAX), a.termFrom(),
                a.termTo(), false, ledger.now(), ledger.actor()));
    }

    /** A new record of the appointment: a corrected person or term, or ({@code strike}) recorded in error. */
    @Allowed({"secas", "admin"})
    public Membership amend(String bodyKey, long appointment, Appointment a, boolean strike) {
        Membership last = new Memberships(bodies.memberships(ledger.body(bodyKey).key())).appointment(appointment)
                .orElseThrow(() -> new UnknownMembership("#" + appointment));
        Seat seat = seat(a.seatId());
        if (!seat.bodyKey().equals(last.bodyKey())) {
            throw new InvalidMeetingRequest("seatId", "An appointment stays on its body: appoint the person anew.");
        }
        term(a.termFrom(), a.termTo());
        return bodies.add(last.superseded(seat, username(a.username()), MeetingRecord.required("personName",
                a.personName(), Membership.PERSON_MAX), a.termFrom(), a.termTo(), strike, ledger.now(),
                ledger.actor()));
    }

    /** The body's appointments as they stand (struck ones too: the record says so). */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> members(String bodyKey) {
        return new Memberships(bodies.memberships(ledger.body(bodyKey).key())).current();
    }

    private Seat seat(long id) {
        return bodies.seat(id).orElseThrow(() -> new InvalidMeetingRequest("seatId", "There is no seat " + id + "."));
    }

    private static void term(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidMeetingRequest("termFrom", "Give the day the term begins.");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidMeetingRequest("termTo", "A term ends on or after the day it begins.");
        }
    }

    private static String username(String username) {
        return MeetingRecord.optional("username", username, 100);
    }

    /** Every body, by name. */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Body> bodies() {
        return bodies.all();
    }


    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Seat> seats(String bodyKey) {
        return bodies.seats(ledger.body(bodyKey).key());
    }

    /** Every record of the body's appointments, the superseded ones too, oldest first. */
    @Allowed(Allowed.SIGNED_IN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> history(String bodyKey) {
        return bodies.memberships(ledger.body(bodyKey).key());
    }
}
