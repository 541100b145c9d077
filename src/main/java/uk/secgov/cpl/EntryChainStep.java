package uk.secgov.cpl;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;

/**
 * One step of a CPL entry's append-only chain (its Hash history, its status records, its CPA certificates): the
 * step has the next sequence number of its Device Model and names the one it follows. The tables back this with
 * {@code unique (device_model_id, seq)}, a check that {@code previous_seq = seq - 1} (none for the first) and a
 * foreign key from {@code (device_model_id, previous_seq)} to the step it follows, so the database accepts only the
 * direct successor of the current step and two steps can never both be current. Steps are never changed.
 */
@MappedSuperclass
public abstract class EntryChainStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_model_id", nullable = false)
    private long deviceModelId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "previous_seq")
    private Integer previousSeq;

    protected EntryChainStep() {
    }

    /** Makes this the step after {@code current} of the Device Model's chain (none: its first step). */
    protected final void follow(Optional<? extends EntryChainStep> current, long deviceModelId) {
        current.filter(c -> c.deviceModelId() != deviceModelId).ifPresent(c -> {
            throw new IllegalArgumentException("Step " + c.seq() + " is of Device Model " + c.deviceModelId()
                    + ", not " + deviceModelId);
        });
        this.deviceModelId = deviceModelId;
        this.seq = current.map(c -> c.seq() + 1).orElse(1);
        this.previousSeq = current.map(EntryChainStep::seq).orElse(null);
    }

    public Long id() {
        return id;
    }

    public long deviceModelId() {
        return deviceModelId;
    }

    public int seq() {
        return seq;
    }

    /** The step this one follows; none for the first. */
    public Optional<Integer> previousSeq() {
        return Optional.ofNullable(previousSeq);
    }
}
