package uk.secgov.modification;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One dated, attributed entry on a case's timeline: what happened, on which day (a meeting's date
 * may be in the past), with the members' votes when it was a vote. Appended by the case, never changed.
 */
@Entity
@Table(name = "modification_event")
public class TimelineEvent {

    static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "modification_id", nullable = false, updatable = false)
    private Modification modification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private TimelineKind kind;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = SUMMARY_MAX, updatable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_after", nullable = false, length = 40, updatable = false)
    private Stage stageAfter;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "modification_vote", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "vote_order")
    private List<MemberVote> votes = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    protected TimelineEvent() {
    }

    TimelineEvent(Modification modification, TimelineKind kind, LocalDate occurredOn, String summary, Stage stageAfter,
            List<MemberVote> votes, String by, Instant at) {
        this.modification = modification;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.summary = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX) : summary;
        this.stageAfter = stageAfter;
        this.votes = new ArrayList<>(votes);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    /** The case it belongs to. */
    public Modification modification() {
        return modification;
    }

    public TimelineKind kind() {
        return kind;
    }

    /** The day it happened (a meeting's date), which may be before it was recorded. */
    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String summary() {
        return summary;
    }

    public Stage stageAfter() {
        return stageAfter;
    }

    public List<MemberVote> votes() {
        return Collections.unmodifiableList(votes);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
