package uk.secgov.hashconflict;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SecondaryRow;
import uk.secgov.cpl.ImageHash;

/** One dated step of an investigation's timeline, attributed to its actor; never changed. */
@Entity
@Immutable
@Table(name = "cpl_investigation_event")
@SecondaryTable(name = InvestigationEvent.HASH_CHOICE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "event_id"))
@SecondaryRow(table = InvestigationEvent.HASH_CHOICE, optional = true)
public class InvestigationEvent {

    /** Where a replace recommendation or decision keeps the requested Hash it chose (no row for other events). */
    static final String HASH_CHOICE = "cpl_investigation_hash_choice";

    /** What happened. */
    public enum Kind {
        DETECTED, JOINED, OPENED, PARTY_ADDED, PARTY_REMOVED, ASKED, ANSWERED, REMINDED, ESCALATED, CHASED,
        RECOMMENDED, DECIDED, CPL_UPDATED, ROWS_WITHDRAWN, WITHDRAWN,
        /** The Working Day calendar changed and an open request's due (and escalation) date moved. */
        DUE_DATE_MOVED;

        /**
         * What happened in plain English, for SECAS and for the parties: the one wording of the timeline, on
         * the workspace page and in the API. {@code party} is the party a request step is about (null when
         * the step is about no request), {@code outcome} the recommendation or decision, and
         * {@code followUp} whether a question follows an earlier request.
         */
        public String label(String party, Outcome outcome, boolean followUp) {
            String who = party == null ? "the party" : party;
            return switch (this) {
                case DETECTED -> "Hash conflict found";
                case JOINED -> "Another submission for the same Device Model joined the investigation";
                case OPENED -> "SECAS opened the investigation";
                case PARTY_ADDED -> "SECAS added a party to the investigation";
                case PARTY_REMOVED -> "SECAS removed a party from the investigation";
                case ASKED -> (followUp ? "Follow-up question sent to " : "Question sent to ") + who;
                case ANSWERED -> "Answer received from " + who;
                case REMINDED -> "Reminder sent to " + who + ": the answer is due";
                case ESCALATED -> "Answer overdue from " + who + ": passed to SECAS";
                case CHASED -> "SECAS chased " + who + " for the overdue answer";
                case RECOMMENDED -> outcome == null ? "SECAS recommended" : "SECAS recommended: " + outcome.label();
                case DECIDED -> outcome == null ? "Panel decided" : "Panel decided: " + outcome.label();
                case CPL_UPDATED -> outcome == Outcome.RETAIN ? "CPL unchanged: the current Hash stays"
                        : "CPL updated: the new Hash is current";
                case ROWS_WITHDRAWN -> "A submission was withdrawn; the investigation goes on";
                case WITHDRAWN -> "Investigation ended: the submission was withdrawn";
                case DUE_DATE_MOVED -> "Due date for " + who + " moved: the Working Day calendar changed";
            };
        }
    }

    /** The recommendation or decision: replace the current Hash, or retain it (the new row is rejected). */
    public enum Outcome {
        REPLACE("replace"), RETAIN("retain");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** In words: "replace" or "retain". */
        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "investigation_id", nullable = false)
    private long investigationId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Outcome outcome;

    @Column(name = "request_id")
    private Long requestId;

    @Column(nullable = false, length = 100)
    private String actor;

    /** A replace recommendation or decision: the requested Hash that becomes current. */
    @Column(table = HASH_CHOICE, name = "image_hash", length = 64)
    @Convert(converter = ImageHash.Column.class)
    private ImageHash imageHash;

    @Column(nullable = false, length = 4000)
    private String note;

    protected InvestigationEvent() {
    }

    static InvestigationEvent of(long investigationId, Instant at, Kind kind, Outcome outcome, Long requestId,
            String actor, String note) {
        return of(investigationId, at, kind, outcome, null, requestId, actor, note);
    }

    static InvestigationEvent of(long investigationId, Instant at, Kind kind, Outcome outcome, ImageHash imageHash,
            Long requestId, String actor, String note) {
        InvestigationEvent e = new InvestigationEvent();
        e.imageHash = imageHash;
        e.investigationId = investigationId;
        e.at = at;
        e.kind = kind;
        e.outcome = outcome;
        e.requestId = requestId;
        e.actor = actor;
        e.note = note.length() > 4000 ? note.substring(0, 3997) + "..." : note;
        return e;
    }

    public Long id() {
        return id;
    }

    public long investigationId() {
        return investigationId;
    }

    public Instant at() {
        return at;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The requested Hash a replace recommendation or decision chooses; empty for anything else. */
    public Optional<ImageHash> imageHash() {
        return Optional.ofNullable(imageHash);
    }

    public Optional<Long> requestId() {
        return Optional.ofNullable(requestId);
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    /** What happened in plain English (see {@link Kind#label}). */
    public String label(String party, boolean followUp) {
        return kind.label(party, outcome, followUp);
    }
}
