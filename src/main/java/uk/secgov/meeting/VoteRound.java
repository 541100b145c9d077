package uk.secgov.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * A question a body votes on: at a meeting (SECAS records the votes of the members present, or members vote
 * themselves) or online (members vote themselves). It names the version of the body's voting rule in force on its
 * day, and that day decides who is a member. Votes and the outcome are appended; the round itself never changes.
 */
@Entity
@Immutable
@Table(name = "vote_round")
public class VoteRound {

    static final int QUESTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_key", nullable = false, length = 20)
    private String bodyKey;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "subject_reference", length = MeetingEntry.SUBJECT_MAX)
    private String subjectReference;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "rule_version_id", nullable = false)
    private long ruleVersionId;

    @Column(name = "round_date", nullable = false)
    private LocalDate roundDate;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    protected VoteRound() {
    }

    static VoteRound of(String bodyKey, String question, String subjectReference, Long meetingId,
            VotingRuleVersion rule, LocalDate day, Instant at, String by) {
        VoteRound r = new VoteRound();
        r.bodyKey = bodyKey;
        r.question = question;
        r.subjectReference = subjectReference;
        r.meetingId = meetingId;
        r.ruleVersionId = rule.id();
        r.roundDate = day;
        r.openedAt = at;
        r.openedBy = by;
        return r;
    }

    public Long id() {
        return id;
    }

    public String bodyKey() {
        return bodyKey;
    }

    public String question() {
        return question;
    }

    public Optional<String> subjectReference() {
        return Optional.ofNullable(subjectReference);
    }

    public Optional<Long> meetingId() {
        return Optional.ofNullable(meetingId);
    }

    public long ruleVersionId() {
        return ruleVersionId;
    }

    /** The round's day: its meeting's date, or the day it opened (UK time). */
    public LocalDate roundDate() {
        return roundDate;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }
}
