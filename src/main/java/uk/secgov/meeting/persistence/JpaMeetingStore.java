package uk.secgov.meeting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.secgov.meeting.Bodies;
import uk.secgov.meeting.Body;
import uk.secgov.meeting.CastVote;
import uk.secgov.meeting.Meeting;
import uk.secgov.meeting.MeetingEntry;
import uk.secgov.meeting.Meetings;
import uk.secgov.meeting.Membership;
import uk.secgov.meeting.RoundOutcome;
import uk.secgov.meeting.Seat;
import uk.secgov.meeting.VoteRound;
import uk.secgov.meeting.VoteRounds;
import uk.secgov.meeting.VotingRuleVersion;

/** Bodies, meetings and vote rounds in the database: every port of the feature, over one persistence context. Only
 *  inserts and reads: no record is updated or deleted. */
@ApplicationScoped
class JpaMeetingStore implements Bodies, Meetings, VoteRounds {

    @PersistenceContext
    EntityManager em;

    private <T> T persisted(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public Optional<Body> body(String key) {
        return Optional.ofNullable(em.find(Body.class, key));
    }

    @Override
    public List<Body> all() {
        return em.createQuery("select b from Body b order by b.name", Body.class).getResultList();
    }

    @Override
    public List<Seat> seats(String bodyKey) {
        return em.createQuery("select s from Seat s where s.bodyKey = :body order by s.id", Seat.class)
                .setParameter("body", bodyKey).getResultList();
    }

    @Override
    public Optional<Seat> seat(long id) {
        return Optional.ofNullable(em.find(Seat.class, id));
    }

    @Override
    public List<Membership> memberships(String bodyKey) {
        return em.createQuery("select m from Membership m where m.bodyKey = :body order by m.id", Membership.class)
                .setParameter("body", bodyKey).getResultList();
    }

    @Override
    public long nextAppointment() {
        return ((Number) em.createNativeQuery("select nextval('body_appointment_number')").getSingleResult())
                .longValue();
    }

    @Override
    public List<VotingRuleVersion> ruleVersions(String bodyKey) {
        return em.createQuery("select v from VotingRuleVersion v where v.bodyKey = :body order by v.version",
                VotingRuleVersion.class).setParameter("body", bodyKey).getResultList();
    }

    @Override
    public Optional<VotingRuleVersion> ruleVersion(long id) {
        return Optional.ofNullable(em.find(VotingRuleVersion.class, id));
    }

    @Override
    public Seat add(Seat seat) {
        return persisted(seat);
    }

    @Override
    public Membership add(Membership membership) {
        return persisted(membership);
    }

    @Override
    public VotingRuleVersion add(VotingRuleVersion version) {
        return persisted(version);
    }

    @Override
    public Meeting add(Meeting meeting) {
        return persisted(meeting);
    }

    @Override
    public MeetingEntry add(MeetingEntry entry) {
        return persisted(entry);
    }

    @Override
    public Optional<Meeting> meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public List<MeetingEntry> entries(long meetingId) {
        return em.createQuery("select e from MeetingEntry e where e.meetingId = :meeting order by e.id",
                MeetingEntry.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<Meeting> ofBody(String bodyKey) {
        return em.createQuery("select m from Meeting m where m.bodyKey = :body order by m.meetingDate desc, m.startsAt desc",
                Meeting.class).setParameter("body", bodyKey).getResultList();
    }

    @Override
    public VoteRound add(VoteRound round) {
        return persisted(round);
    }

    @Override
    public CastVote add(CastVote vote) {
        return persisted(vote);
    }

    @Override
    public RoundOutcome add(RoundOutcome outcome) {
        return persisted(outcome);
    }

    @Override
    public Optional<VoteRound> round(long id) {
        return Optional.ofNullable(em.find(VoteRound.class, id));
    }

    @Override
    public List<CastVote> casts(long roundId) {
        return em.createQuery("select v from CastVote v where v.roundId = :round order by v.id", CastVote.class)
                .setParameter("round", roundId).getResultList();
    }

    @Override
    public Optional<RoundOutcome> outcome(long roundId) {
        return em.createQuery("select o from RoundOutcome o where o.roundId = :round", RoundOutcome.class)
                .setParameter("round", roundId).getResultStream().findFirst();
    }

    @Override
    public List<VoteRound> atMeeting(long meetingId) {
        return em.createQuery("select r from VoteRound r where r.meetingId = :meeting order by r.id", VoteRound.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<VoteRound> open() {
        return em.createQuery("select r from VoteRound r where not exists (select o from RoundOutcome o"
                + " where o.roundId = r.id) order by r.id", VoteRound.class).getResultList();
    }
}
