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
 * A member's vote in a round, or a change of it: each is a new row with the next {@code change} number for the member
 * (the database refuses two rows with one number, so two changes at once cannot both count); the latest counts.
 */
@Entity
@Immutable
@Table(name = "vote_cast")
public class CastVote {

    /** Who put the vote on record. */
    public enum Source {
        /** The member, signed in. */
        MEMBER("Cast by the member"),
        /** SECAS, as secretariat, from the votes taken at the round's meeting. */
        MEETING("Recorded from the meeting");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(nullable = false)
    private long appointment;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    @Column(name = "person_name", nullable = false, length = Membership.PERSON_MAX)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VoteChoice choice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Source source;

    @Column(name = "change_number", nullable = false)
    private int change;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Column(name = "cast_by", nullable = false, length = 100)
    private String castBy;

    protected CastVote() {
    }

    static CastVote of(long roundId, Membership member, VoteChoice choice, Source source, int change, Instant at,
            String by) {
        CastVote v = new CastVote();
        v.roundId = roundId;
        v.appointment = member.appointment();
        v.seatId = member.seatId();
        v.personName = member.personName();
        v.choice = choice;
        v.source = source;
        v.change = change;
        v.castAt = at;
        v.castBy = by;
        return v;
    }

    public VotingRule.Ballot ballot() {
        return new VotingRule.Ballot(appointment, personName, choice);
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long appointment() {
        return appointment;
    }

    public long seatId() {
        return seatId;
    }

    public String personName() {
        return personName;
    }

    public VoteChoice choice() {
        return choice;
    }

    public Source source() {
        return source;
    }

    public int change() {
        return change;
    }

    public Instant castAt() {
        return castAt;
    }

    public String castBy() {
        return castBy;
    }
}
