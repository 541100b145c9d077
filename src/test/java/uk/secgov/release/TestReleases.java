package uk.secgov.release;

import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.secgov.testing.Ids;

/** The release calendar for other features' tests: the real aggregate and service, releases kept in a list. */
public final class TestReleases implements SecReleases {

    private final List<SecRelease> rows = new ArrayList<>();
    private final Ids ids = new Ids(0);
    private final ReleaseCalendar calendar = new ReleaseCalendar();

    public TestReleases(Clock clock, Event<ReleaseMoved> moved) {
        calendar.releases = this;
        calendar.clock = clock;
        calendar.moved = moved;
    }

    public ReleaseCalendar calendar() {
        return calendar;
    }

    /** A confirmed release, as SECAS would have it. */
    public SecRelease confirmed(String name, LocalDate date) {
        SecRelease release = calendar.create(name, ReleaseKind.SCHEDULED, date, "secas");
        calendar.confirm(release.id(), "secas");
        return release;
    }

    @Override
    public SecRelease add(SecRelease release) {
        rows.add(ids.assign(release));
        return release;
    }

    @Override
    public Optional<SecRelease> byId(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public boolean existsWithName(String name) {
        return rows.stream().anyMatch(r -> r.name().equals(name));
    }

    @Override
    public List<SecRelease> page(int first, int size) {
        return rows.stream().sorted(Comparator.comparing(SecRelease::plannedDate)).skip(first).limit(size).toList();
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public Optional<SecRelease> firstNotCancelledOnOrAfter(LocalDate date) {
        return rows.stream().filter(r -> r.status() != ReleaseStatus.CANCELLED && !r.plannedDate().isBefore(date))
                .min(Comparator.comparing(SecRelease::plannedDate));
    }

}
