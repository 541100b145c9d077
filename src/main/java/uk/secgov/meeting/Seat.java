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
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import uk.secgov.party.PartyCategory;

/**
 * A seat on a body, which a member holds for a term. Whether it votes, and in which voting group, is the body's
 * {@link VotingRuleVersion} in force on the day (a change of groups is a new, dated version), not the seat's own.
 * The party category is the one the seat represents, where it represents one (a Change Board seat).
 */
@Entity
@Immutable
@Table(name = "body_seat")
public class Seat {

    static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_key", nullable = false, length = 20)
    private String bodyKey;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_category", length = 40)
    private PartyCategory category;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Seat() {
    }

    static Seat of(String bodyKey, String name, PartyCategory category, Instant at, String by) {
        Seat s = new Seat();
        s.bodyKey = bodyKey;
        s.name = name;
        s.category = category;
        s.recordedAt = at;
        s.recordedBy = by;
        return s;
    }

    public Long id() {
        return id;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public String name() {
        return name;
    }

    public Optional<PartyCategory> category() {
        return Optional.ofNullable(category);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
