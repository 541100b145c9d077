package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.secgov.platform.security.Allowed;

/** Reading the register: a page of cases and one case, each only as far as the viewer may see it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModificationRegister {

    @Inject
    Modifications modifications;

    public ModificationRegister() {
    }

    public ModificationRegister(Modifications modifications) {
        this.modifications = modifications;
    }

    @Allowed(Allowed.ANYONE)
    public List<Modification> page(Viewer viewer, RegisterQuery query, int first, int size) {
        return modifications.page(viewer.narrow(query), first, size);
    }

    @Allowed(Allowed.ANYONE)
    public long count(Viewer viewer, RegisterQuery query) {
        return modifications.count(viewer.narrow(query));
    }

    /**
     * The case, or {@link UnknownModification} if there is none or the viewer may not see it; its
     * timeline, votes and key dates are loaded, so a screen can show them after the transaction.
     */
    @Transactional
    @Allowed(Allowed.ANYONE)
    public Modification one(Viewer viewer, String reference) {
        ModificationReference ref = ModificationReference.parse(reference);
        Modification m = modifications.byReference(ref).filter(viewer::sees)
                .orElseThrow(() -> new UnknownModification(ref.toString()));
        m.timeline().forEach(e -> e.votes().size());
        m.keyDateHistory().size();
        return m;
    }

    /** The current reference of a case by its id (the process knows cases by id). */
    @Allowed(Allowed.ANYONE)
    public String referenceOf(long caseId) {
        return modifications.byId(caseId).map(m -> m.reference().toString())
                .orElseThrow(() -> new UnknownModification("#" + caseId));
    }

    /** Upcoming key dates of public cases (for the iCalendar feed), each with its case loaded. */
    @Transactional
    @Allowed(Allowed.ANYONE)
    public List<KeyDate> upcomingKeyDates(java.time.Instant from, int limit) {
        List<KeyDate> dates = modifications.upcomingPublicKeyDates(from, limit);
        dates.forEach(k -> k.modification().title());
        return dates;
    }

    /** The latest register updates (for the Atom feed), each with its case loaded. */
    @Transactional
    @Allowed(Allowed.ANYONE)
    public List<TimelineEvent> latestUpdates(int limit) {
        List<TimelineEvent> events = modifications.latestPublicEvents(limit);
        events.forEach(e -> e.modification().title());
        return events;
    }
}
