package uk.secgov.modification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import uk.secgov.calendar.TestCalendars;
import uk.secgov.calendar.WorkingDayCalendarChanged;
import uk.secgov.party.PartyCategory;
import uk.secgov.release.ReleaseMoved;
import uk.secgov.release.TestReleases;
import uk.secgov.testing.SyncEvent;

/**
 * The modification feature wired by hand: the real services, case and calendar (Jollyday), the real
 * release calendar with releases kept in a list, cases kept in a list, events delivered at once.
 */
public final class ModificationFixtures {

    /** "Now" for every test: well after the real cases' dates, so their windows have run out. */
    public static final Instant NOW = Instant.parse("2024-06-03T09:00:00Z");

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final ModificationList modifications = new ModificationList();
    public final SyncEvent<ModificationChanged> changed = new SyncEvent<>();
    public final SyncEvent<DeadlineMoved> deadlineMoved = new SyncEvent<>();
    public final SyncEvent<WorkingDayCalendarChanged> calendarChanged = new SyncEvent<>();
    public final SyncEvent<ReleaseMoved> releaseMoved = new SyncEvent<>();
    public final TestCalendars calendars = new TestCalendars(clock, calendarChanged);
    public final TestReleases releases = new TestReleases(clock, releaseMoved);
    public final LifecycleSettings settings = LifecycleSettings.DEFAULTS;
    public final Deadlines deadlines = new CalendarDeadlines(calendars.calendar());
    public final ReleaseFinder releaseFinder = new ReleaseCalendarFinder(releases.calendar());
    public final CaseRecorder recorder = new CaseRecorder(modifications, changed, clock);
    public final ProposalIntake intake = new ProposalIntake(recorder, modifications, deadlines, settings);
    public final DevelopmentSteps development = new DevelopmentSteps(recorder);
    public final RefinementSteps refinement = new RefinementSteps(recorder);
    public final MeetingDecisions decisions = new MeetingDecisions(recorder, deadlines, settings, releaseFinder);
    public final Challenges challenges = new Challenges(recorder);
    public final CaseInterruptions interruptions = new CaseInterruptions(recorder, modifications, deadlines, settings,
            deadlineMoved);
    public final Implementation implementation = new Implementation(recorder, modifications, releaseFinder, deadlineMoved);
    public final WindowClosing windows = new WindowClosing(recorder);
    public final DeadlineRecalculation recalculation = new DeadlineRecalculation(modifications, deadlines, recorder,
            deadlineMoved);
    public final ModificationRegister register = new ModificationRegister(modifications);

    public ModificationFixtures() {
        calendarChanged.observe(recalculation::calendarChanged);
        releaseMoved.observe(implementation::releaseMoved);
        releases.confirmed("November 2019 SEC Release", LocalDate.of(2019, 11, 29));
        releases.confirmed("February 2020 SEC Release", LocalDate.of(2020, 2, 27));
        releases.confirmed("June 2020 SEC Release", LocalDate.of(2020, 6, 25));
        releases.confirmed("November 2020 SEC Release", LocalDate.of(2020, 11, 5));
        releases.confirmed("February 2021 SEC Release", LocalDate.of(2021, 2, 25));
        releases.confirmed("June 2021 SEC Release", LocalDate.of(2021, 6, 24));
    }

    public static CaseContent content(String title) {
        return new CaseContent(title, "What is the issue: " + title, "What is the solution",
                Set.of(PartyCategory.LARGE_SUPPLIER, PartyCategory.DCC), List.of("Section H", "Appendix Z"));
    }

    public static Proposer proposer() {
        return new Proposer(7L, "Bright Energy", "G. Hextall", "the SSC");
    }

    public static Proposer panel() {
        return new Proposer(2L, "SEC Panel", "Panel Chair", null);
    }

    /** A Draft Proposal raised on {@code raisedOn}, with the next DP number. */
    public Modification draft(String title, LocalDate raisedOn) {
        return intake.raiseDraft(new ProposalIntake.NewCase(null, content(title), proposer(), raisedOn,
                Classification.WHITE, null), "secas");
    }

    /** A draft taken through pre-check and the CSC's agreement: ready for the Panel. */
    public Modification readyToConvert(String title, LocalDate raisedOn) {
        String ref = draft(title, raisedOn).reference().toString();
        development.completePrecheck(ref, "Joe Analyst", "Clear enough", raisedOn.plusDays(3), "secas");
        development.recordCscComment(ref, "Problem statement needs one more example", raisedOn.plusDays(10), "secas");
        return development.agreeProblemStatement(ref, raisedOn.plusDays(30), "secas");
    }

    /** A Fast-Track raised by the Panel. */
    public Modification fastTrack(String reference, String title, LocalDate raisedOn) {
        return intake.raiseFastTrack(new ProposalIntake.NewCase(reference, content(title), panel(), raisedOn,
                Classification.WHITE, null), "secas");
    }

    public static List<MemberVote> panelVotes(Vote... votes) {
        List<MemberVote> cast = new java.util.ArrayList<>();
        for (int i = 0; i < votes.length; i++) {
            cast.add(MemberVote.of("Panel member " + (i + 1), votes[i]));
        }
        return cast;
    }

    public static List<MemberVote> changeBoard(Vote largeSupplier, Vote smallSupplier, Vote dcc) {
        return List.of(MemberVote.of("CB Large", PartyCategory.LARGE_SUPPLIER, largeSupplier),
                MemberVote.of("CB Small", PartyCategory.SMALL_SUPPLIER, smallSupplier),
                MemberVote.of("CB DCC", PartyCategory.DCC, dcc));
    }

    public Modification.Actor actor() {
        return new Modification.Actor("secas", NOW);
    }
}
