package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.BiFunction;
import uk.secgov.platform.security.Allowed;

/**
 * The one way the services change a case: load it, apply a verb as the acting user at the clock's
 * now, and announce the timeline entry (the process moves on in the same transaction).
 */
@ApplicationScoped
@Transactional
public class CaseRecorder {

    @Inject
    Modifications modifications;

    @Inject
    Event<ModificationChanged> changed;

    @Inject
    Clock clock;

    public CaseRecorder() {
    }

    public CaseRecorder(Modifications modifications, Event<ModificationChanged> changed, Clock clock) {
        this.modifications = modifications;
        this.changed = changed;
        this.clock = clock;
    }

    @Allowed(Allowed.SYSTEM)
    public Modification record(String reference, String actor, BiFunction<Modification, Modification.Actor, TimelineEvent> verb) {
        return apply(find(reference), actor, verb);
    }

    @Allowed(Allowed.SYSTEM)
    public Modification record(long caseId, String actor, BiFunction<Modification, Modification.Actor, TimelineEvent> verb) {
        return apply(modifications.byId(caseId).orElseThrow(() -> new UnknownModification("#" + caseId)), actor, verb);
    }

    /** Adds a new case and announces it. */
    @Allowed(Allowed.SYSTEM)
    public Modification raise(Modification modification) {
        Modification added = modifications.add(modification);
        announce(added, added.timeline().get(added.timeline().size() - 1));
        return added;
    }

    @Allowed(Allowed.SYSTEM)
    public Modification.Actor actor(String username) {
        return new Modification.Actor(username, clock.instant());
    }

    Modification find(String reference) {
        ModificationReference ref = ModificationReference.parse(reference);
        return modifications.byReference(ref).orElseThrow(() -> new UnknownModification(ref.toString()));
    }

    private Modification apply(Modification modification, String actor,
            BiFunction<Modification, Modification.Actor, TimelineEvent> verb) {
        TimelineEvent event = verb.apply(modification, actor(actor));
        announce(modification, event);
        return modification;
    }

    void announce(Modification modification, TimelineEvent event) {
        changed.fire(new ModificationChanged(modification.id(), modification.reference().toString(), event.kind(),
                modification.stage()));
    }
}
