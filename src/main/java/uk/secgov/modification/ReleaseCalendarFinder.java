package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.secgov.release.ReleaseCalendar;
import uk.secgov.release.ReleaseStatus;
import uk.secgov.release.SecRelease;
import uk.secgov.release.UnknownRelease;

/** Target releases from the SEC Release calendar. */
@ApplicationScoped
public class ReleaseCalendarFinder implements ReleaseFinder {

    private static final int LISTED_MAX = 500;

    @Inject
    ReleaseCalendar releases;

    public ReleaseCalendarFinder() {
    }

    public ReleaseCalendarFinder(ReleaseCalendar releases) {
        this.releases = releases;
    }

    @Override
    public Optional<TargetRelease> firstOnOrAfter(LocalDate date) {
        return releases.firstOnOrAfter(date).map(r -> new TargetRelease(r.id(), r.name(), r.plannedDate()));
    }

    /** Three releases a year plus ad-hoc ones: a few dozen, read in one page. */
    @Override
    public List<TargetRelease> listed() {
        return releases.page(0, LISTED_MAX).stream().filter(r -> r.status() != ReleaseStatus.CANCELLED)
                .map(r -> new TargetRelease(r.id(), r.name(), r.plannedDate())).toList();
    }

    @Override
    public Optional<TargetRelease> open(long releaseId) {
        try {
            SecRelease release = releases.byId(releaseId);
            return release.status() == ReleaseStatus.CANCELLED ? Optional.empty()
                    : Optional.of(new TargetRelease(release.id(), release.name(), release.plannedDate()));
        } catch (UnknownRelease e) {
            return Optional.empty();
        }
    }
}
