package uk.secgov.hashconflict.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** SECAS records how it chased an overdue answer (one note per request waiting to be chased). */
@Named
@ViewScoped
public class ChaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvestigationPage page;

    private final Map<Long, String> chaseNotes = new HashMap<>();

    public String chase(long requestId) {
        return page.completeChase(requestId, Map.of("note", InvestigationPage.text(chaseNotes.get(requestId))),
                "Chase recorded.");
    }

    public Map<Long, String> getChaseNotes() {
        return chaseNotes;
    }
}
