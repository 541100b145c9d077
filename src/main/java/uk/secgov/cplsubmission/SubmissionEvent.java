package uk.secgov.cplsubmission;

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

/** One dated step of a submission's timeline: its status from then on, who moved it and why. */
@Entity
@Immutable
@Table(name = "cpl_submission_event")
public class SubmissionEvent {

    /** The actor of a step the application takes itself (verification, the rules, the register update). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SubmissionStatus status;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 8000)
    private String note;

    protected SubmissionEvent() {
    }

    static SubmissionEvent of(long submissionId, Instant at, SubmissionStatus status, String actor, String note) {
        SubmissionEvent e = new SubmissionEvent();
        e.submissionId = submissionId;
        e.at = at;
        e.status = status;
        e.actor = actor;
        e.note = note == null || note.length() <= 8000 ? note : note.substring(0, 7999) + "…";
        return e;
    }

    public Long id() {
        return id;
    }

    public long submissionId() {
        return submissionId;
    }

    public Instant at() {
        return at;
    }

    public SubmissionStatus status() {
        return status;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
