package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import uk.secgov.release.ReleaseCalendar;
import uk.secgov.release.ReleaseStatus;
import uk.secgov.release.SecRelease;
import uk.secgov.release.UnknownRelease;

/** Target releases from the SEC Release calendar. */
@ApplicationScoped
public class ReleaseCalendarFinder implements ReleaseFinder {

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
