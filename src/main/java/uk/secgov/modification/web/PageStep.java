package uk.secgov.modification.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

    /** The step form's fields, as the case's use cases name them ("reason": the note of an interruption). */
    private static final Map<String, String> STEPS_FORM_FIELDS = Map.ofEntries(Map.entry("date", "stepsForm:date"),
            Map.entry("leadAnalyst", "stepsForm:leadAnalyst"), Map.entry("comments", "stepsForm:precheckComments"),
            Map.entry("committee", "stepsForm:committee"), Map.entry("comment", "stepsForm:developmentComments"),
            Map.entry("views", "stepsForm:developmentComments"), Map.entry("path", "stepsForm:path"),
            Map.entry("route", "stepsForm:route"), Map.entry("urgent", "stepsForm:urgent"),
            Map.entry("agreed", "stepsForm:agreed"), Map.entry("consultationWorkingDays",
                    "stepsForm:consultationWorkingDays"), Map.entry("votes", "stepsForm:votes"),
            Map.entry("party", "stepsForm:party"), Map.entry("grounds", "stepsForm:grounds"),
            Map.entry("what", "stepsForm:what"), Map.entry("details", "stepsForm:refinementDetails"),
            Map.entry("decision", "stepsForm:decision"), Map.entry("release", "stepsForm:release"),
            Map.entry("releaseId", "stepsForm:release"), Map.entry("proposerParty", "stepsForm:adopter"),
            Map.entry("proposerPerson", "stepsForm:adopterPerson"), Map.entry("reason", "stepsForm:note"),
            Map.entry("supersededBy", "stepsForm:successor"));
    private static final PageAction STEPS_FORM = PageAction.withFields(STEPS_FORM_FIELDS);

    /** The step form's fields, but this one field on that component (a section's own reason, say). */
    static PageAction stepsFormWith(String field, String clientId) {
        Map<String, String> fields = new HashMap<>(STEPS_FORM_FIELDS);
        fields.put(field, clientId);
        return PageAction.withFields(fields);
    }

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
        run(STEPS_FORM, step, done);
    }

    /** Runs a step typed in a form other than the step form's defaults ({@code form} maps its fields). */
    void run(PageAction form, Supplier<Modification> step, String done) {
        if (form.run(step::get, done)) {
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
