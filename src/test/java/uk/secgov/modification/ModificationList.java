package uk.secgov.modification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.secgov.testing.Ids;

/** The register in memory, with ids given as the database would; the query filters are those of the JPA adapter. */
public final class ModificationList implements Modifications {

    public final List<Modification> rows = new ArrayList<>();
    private final Ids ids = new Ids(0);

    @Override
    public Modification add(Modification modification) {
        rows.add(ids.assign(modification));
        return modification;
    }

    @Override
    public Optional<Modification> byId(long id) {
        return rows.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public Optional<Modification> byReference(ModificationReference reference) {
        return rows.stream().filter(m -> m.number() == reference.number()
                && m.reference().isLegacy() == reference.isLegacy()).findFirst();
    }

    @Override
    public int nextDraftNumber() {
        return rows.stream().filter(m -> !m.reference().isLegacy()).mapToInt(Modification::number).max().orElse(0) + 1;
    }

    @Override
    public List<Modification> page(RegisterQuery query, int first, int size) {
        return rows.stream().filter(m -> matches(query, m))
                .sorted(Comparator.comparing(Modification::raisedOn).thenComparing(Modification::id).reversed())
                .skip(first).limit(size).toList();
    }

    @Override
    public long count(RegisterQuery query) {
        return rows.stream().filter(m -> matches(query, m)).count();
    }

    @Override
    public List<Modification> withRunningDeadlines() {
        return rows.stream().filter(m -> !m.openDeadlines().isEmpty()).toList();
    }

    @Override
    public List<KeyDate> upcomingPublicKeyDates(java.time.Instant from, int limit) {
        return rows.stream().filter(Modification::isPublic).flatMap(m -> m.keyDates().stream())
                .filter(k -> !k.dueAt().isBefore(from)).sorted(Comparator.comparing(KeyDate::dueAt)).limit(limit).toList();
    }

    @Override
    public List<TimelineEvent> latestPublicEvents(int limit) {
        List<TimelineEvent> events = new ArrayList<>(rows.stream().filter(Modification::isPublic)
                .flatMap(m -> m.timeline().stream()).toList());
        java.util.Collections.reverse(events);
        return events.stream().sorted(Comparator.comparing(TimelineEvent::recordedAt).reversed()).limit(limit).toList();
    }

    @Override
    public List<Modification> targeting(long releaseId) {
        return rows.stream().filter(m -> m.stage().isOpen()
                && m.targetRelease().map(t -> t.id() == releaseId).orElse(false)).toList();
    }

    private static boolean matches(RegisterQuery q, Modification m) {
        return (q.stage() == null || m.stage() == q.stage())
                && (q.path() == null || m.path().orElse(null) == q.path())
                && (q.category() == null || m.impacted().contains(q.category()))
                && (q.text() == null || m.title().toLowerCase().contains(q.text().toLowerCase()))
                && (!q.publicOnly() || m.isPublic() || (q.proposerPartyId() != null
                        && q.proposerPartyId().equals(m.proposer().partyId())));
    }

    @Override
    public List<Modification> raisedAsDraftBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return rows.stream().filter(m -> !m.raisedOn().isBefore(from) && !m.raisedOn().isAfter(to))
                .filter(m -> m.timeline().get(0).kind() == TimelineKind.RAISED)
                .sorted(Comparator.comparing(Modification::raisedOn).thenComparing(Modification::id)).toList();
    }

    @Override
    public List<Modification> convertedBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return rows.stream().filter(m -> m.timeline().stream().anyMatch(e -> e.kind() == TimelineKind.CONVERTED
                && !e.occurredOn().isBefore(from) && !e.occurredOn().isAfter(to))).toList();
    }
}
