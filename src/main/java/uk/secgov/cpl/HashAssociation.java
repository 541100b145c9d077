package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One step of a Device Model's Hash history: the Hash associated from then on (none, for a removal),
 * the submission and decision that made it. Never changed: a replacement is the next step of the
 * chain ({@link EntryChainStep}).
 */
@Entity
@Immutable
@Table(name = "cpl_hash_association")
public class HashAssociation extends EntryChainStep {

    @Column(name = "image_hash", length = 64)
    @Convert(converter = ImageHash.Column.class)
    private ImageHash imageHash;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(name = "row_outcome_id")
    private Long rowOutcomeId;

    @Column(name = "import_id")
    private Long importId;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 4000)
    private String reason;

    protected HashAssociation() {
    }

    /** The next step after {@code current} (none: the first association of the model). */
    public static HashAssociation following(Optional<HashAssociation> current, long deviceModelId, ImageHash imageHash,
            Instant at, Long submissionId, Long rowOutcomeId, String actor, String reason) {
        HashAssociation a = new HashAssociation();
        a.follow(current, deviceModelId);
        a.imageHash = imageHash;
        a.at = at;
        a.submissionId = submissionId;
        a.rowOutcomeId = rowOutcomeId;
        a.actor = actor;
        a.reason = reason;
        return a;
    }

    public Optional<ImageHash> imageHash() {
        return Optional.ofNullable(imageHash);
    }

    public Instant at() {
        return at;
    }

    public Optional<Long> submissionId() {
        return Optional.ofNullable(submissionId);
    }

    /** The import that made this step (the first one of an imported model). */
    public Optional<Long> importId() {
        return Optional.ofNullable(importId);
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
