package uk.secgov.modification.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The two fields the sections of the case page's step form share: the date of the meeting or event a step happened
 * on (deadlines run from it), and the note (a reason, or an update for the register) that the interruptions and the
 * release choice read.
 */
@Named
@ViewScoped
public class StepOccasion implements Serializable {

    private static final long serialVersionUID = 1L;

    private String date;
    private String note;

    /** The date as typed, the UK way or ISO; a missing or bad one refuses the step. */
    public LocalDate day() {
        return CaseView.parseDay(date);
    }

    public void clear(@Observes(notifyObserver = Reception.IF_EXISTS) PageStep.Recorded recorded) {
        date = null;
        note = null;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
