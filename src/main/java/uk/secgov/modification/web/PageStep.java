package uk.secgov.modification.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import uk.secgov.calendar.WorkingDayCalendar;
import uk.secgov.modification.Modification;
import uk.secgov.modification.Viewer;
import uk.secgov.platform.web.PageAction;

/**
 * How every form of the case page records a step: on the case shown, by the signed-in person, dated and noted in the
 * step form's shared fields; it says what happened or why not, and shows the case as it now stands. A recorded step
 * empties the fields it was typed in ({@link Recorded}), so the next step starts afresh.
 */
@Dependent
class PageStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A step was recorded on the case page: the forms empty the fields a step is typed in. */
    record Recorded() {
    }

    @Inject
    CaseView page;

    @Inject
    StepOccasion occasion;

    @Inject
    WebViewer viewer;

    @Inject
    transient Clock clock;

    @Inject
    Event<Recorded> recorded;

    void run(Supplier<Modification> step, String done) {
        if (PageAction.ON_PAGE.run(step::get, done)) {
            recorded.fire(new Recorded());
        }
        page.load();
    }

    /** The case shown on the page. */
    Modification modification() {
        return page.getModification();
    }

    String reference() {
        return page.reference();
    }

    /** The date of the meeting or event, as typed in the step form. */
    LocalDate day() {
        return occasion.day();
    }

    /** The step form's note: a reason or an update. */
    String note() {
        return occasion.getNote();
    }

    /** Today in the UK: the day a Party's own user withdraws or adopts, the first release a case can go into. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.UK));
    }

    String actor() {
        return viewer.username();
    }

    Viewer viewer() {
        return viewer.viewer();
    }
}
