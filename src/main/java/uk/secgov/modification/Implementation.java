package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.platform.time.UkFormat;
import uk.secgov.release.ReleaseMoved;
import uk.secgov.platform.security.Allowed;

/**
 * An approved modification goes into the first SEC Release on or after its earliest implementation
 * date (or one SECAS chooses), follows that release when it moves, and is implemented on its date.
 */
@ApplicationScoped
@Transactional
public class Implementation {

    static final String SYSTEM = "system";

    @Inject
    CaseRecorder recorder;

    @Inject
    Modifications modifications;

    @Inject
    ReleaseFinder releases;

    @Inject
    Event<DeadlineMoved> deadlineMoved;

    public Implementation() {
    }

    public Implementation(CaseRecorder recorder, Modifications modifications, ReleaseFinder releases,
            Event<DeadlineMoved> deadlineMoved) {
        this.recorder = recorder;
        this.modifications = modifications;
        this.releases = releases;
        this.deadlineMoved = deadlineMoved;
    }

    /** Schedules an approved case into its target release, or the first one after its earliest date; false if there is none. */
    @Allowed(Allowed.SYSTEM)
    public boolean scheduleNext(long caseId) {
        Modification m = modifications.byId(caseId).orElseThrow(() -> new UnknownModification("#" + caseId));
        LocalDate earliest = m.earliestImplementation().orElse(recorder.actor(SYSTEM).today());
        Optional<TargetRelease> target = m.targetRelease().flatMap(t -> releases.open(t.id()))
                .filter(t -> !t.date().isBefore(earliest)).or(() -> releases.firstOnOrAfter(earliest));
        if (target.isEmpty()) {
            recorder.record(caseId, SYSTEM, (c, by) -> c.releaseNeeded(by));
            return false;
        }
        recorder.record(caseId, SYSTEM, (c, by) -> c.schedule(target.get(), implementationOf(target.get()), by));
        return true;
    }

    /** SECAS chooses the release when none was available. */
    @Allowed("secas")
    public Modification chooseRelease(String reference, long releaseId, String actor) {
        TargetRelease release = releases.open(releaseId).orElseThrow(() ->
                new InvalidModificationRequest("releaseId", "There is no open SEC Release #" + releaseId + "."));
        return recorder.record(reference, actor, (m, by) -> m.schedule(release, implementationOf(release), by));
    }

    /**
     * SECAS chooses the release for a case: schedules an approved case waiting for one, or sets (or
     * changes) the target of any other open case; a scheduled case's implementation timer follows.
     */
    @Allowed("secas")
    public Modification chooseTarget(String reference, long releaseId, String reason, String actor) {
        Modification current = recorder.find(reference);
        if (current.stage() == Stage.APPROVED) {
            return chooseRelease(reference, releaseId, actor);
        }
        TargetRelease release = releases.open(releaseId).orElseThrow(() ->
                new InvalidModificationRequest("releaseId", "There is no open SEC Release #" + releaseId + "."));
        Deadline implementation = implementationOf(release);
        Modification m = recorder.record(reference, actor, (c, by) -> c.retarget(release, reason, implementation, by));
        if (m.stage() == Stage.SCHEDULED) {
            deadlineMoved.fire(new DeadlineMoved(m.id(), KeyDateKind.IMPLEMENTATION, implementation.due().toInstant()));
        }
        return m;
    }

    /** The release date has come: the case is implemented. */
    @Allowed(Allowed.SYSTEM)
    public Modification implemented(long caseId) {
        Modification m = modifications.byId(caseId).orElseThrow(() -> new UnknownModification("#" + caseId));
        LocalDate on = m.targetRelease().map(TargetRelease::date).orElseThrow();
        return recorder.record(caseId, SYSTEM, (c, by) -> c.implemented(on, by));
    }

    /** A release moved: every open case targeting it records the move; a scheduled one's implementation follows. */
    @Allowed(Allowed.SYSTEM)
    public void releaseMoved(@Observes ReleaseMoved move) {
        TargetRelease moved = new TargetRelease(move.releaseId(), move.name(), move.to());
        for (Modification m : modifications.targeting(move.releaseId())) {
            Deadline implementation = implementationOf(moved);
            m.releaseMoved(moved, "(" + move.reason() + ").", implementation, recorder.actor(move.by()))
                    .ifPresent(event -> {
                        recorder.announce(m, event);
                        if (m.stage() == Stage.SCHEDULED) {
                            deadlineMoved.fire(new DeadlineMoved(m.id(), KeyDateKind.IMPLEMENTATION,
                                    implementation.due().toInstant()));
                        }
                    });
        }
    }

    static Deadline implementationOf(TargetRelease release) {
        return new Deadline(KeyDateKind.IMPLEMENTATION, release.date(), null,
                release.date().atStartOfDay(WorkingDayCalendar.UK), "The planned date of the " + release.name() + ": "
                + UkFormat.DAY_IN_WORDS.format(release.date()) + ".");
    }
}
