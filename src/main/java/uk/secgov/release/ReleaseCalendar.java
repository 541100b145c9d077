package uk.secgov.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/** SECAS keeps the SEC Release calendar: proposes, confirms, moves, implements and cancels releases. */
@ApplicationScoped
@Transactional
public class ReleaseCalendar {

    /** The most years of proposals generated at once. */
    public static final int MAX_YEARS = 10;

    @Inject
    SecReleases releases;

    @Inject
    Event<ReleaseMoved> moved;

    @Inject
    Clock clock;

    @Allowed("secas")
    public SecRelease create(String name, ReleaseKind kind, LocalDate plannedDate, String actor) {
        SecRelease release = SecRelease.propose(name, kind, plannedDate, actor, clock.instant());
        if (releases.existsWithName(release.name())) {
            throw new InvalidReleaseRequest("name", "There is already a release named '" + release.name() + "'.");
        }
        return releases.add(release);
    }

    @Allowed("secas")
    public SecRelease confirm(long id, String actor) {
        SecRelease release = byId(id);
        release.confirm(actor, clock.instant());
        return release;
    }

    @Allowed("secas")
    public SecRelease move(long id, LocalDate to, String reason, String actor) {
        SecRelease release = byId(id);
        moved.fire(release.moveTo(to, reason, actor, clock.instant()));
        return release;
    }

    @Allowed("secas")
    public SecRelease recordImplemented(long id, LocalDate on, String actor) {
        SecRelease release = byId(id);
        release.implemented(on, LocalDate.now(clock.withZone(UkFormat.ZONE)), actor, clock.instant());
        return release;
    }

    @Allowed("secas")
    public SecRelease cancel(long id, String reason, String actor) {
        SecRelease release = byId(id);
        release.cancel(reason, actor, clock.instant());
        return release;
    }

    /**
     * Proposes the scheduled releases of the usual pattern from today to the end of the year
     * {@code years} ahead, skipping every one whose name is already taken (so running it again adds
     * nothing). Returns those it added.
     */
    @Allowed("secas")
    public List<SecRelease> proposeScheduled(int years, String actor) {
        if (years < 1 || years > MAX_YEARS) {
            throw new InvalidReleaseRequest("years", "Generate 1 to " + MAX_YEARS + " years of releases, not " + years + ".");
        }
        LocalDate today = LocalDate.now(clock.withZone(UkFormat.ZONE));
        List<SecRelease> added = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + years; year++) {
            for (ReleasePattern.ScheduledDate scheduled : ReleasePattern.of(year)) {
                if (scheduled.date().isAfter(today) && !releases.existsWithName(scheduled.name())) {
                    added.add(releases.add(SecRelease.propose(scheduled.name(), ReleaseKind.SCHEDULED,
                            scheduled.date(), actor, clock.instant())));
                }
            }
        }
        return added;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.ANYONE)
    public SecRelease byId(long id) {
        return releases.byId(id).orElseThrow(UnknownRelease::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.ANYONE)
    public List<SecRelease> page(int first, int size) {
        return releases.page(first, size);
    }

    /** The release a change approved for {@code date} can go into: the first not cancelled on or after it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.ANYONE)
    public java.util.Optional<SecRelease> firstOnOrAfter(LocalDate date) {
        return releases.firstNotCancelledOnOrAfter(date);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.ANYONE)
    public long count() {
        return releases.count();
    }
}
