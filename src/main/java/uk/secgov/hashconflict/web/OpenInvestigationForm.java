package uk.secgov.hashconflict.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import uk.secgov.hashconflict.InvestigationSteps.Step;

/** SECAS opens the investigation once the parties are right, with an optional note. */
@Named
@ViewScoped
public class OpenInvestigationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvestigationPage page;

    private String note;

    public String open() {
        return page.complete(Step.OPEN, Map.of("note", InvestigationPage.text(note)),
                "Investigation opened: the parties can now be asked.");
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
