package uk.secgov.hashconflict.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import uk.secgov.cpl.ImageHash;
import uk.secgov.hashconflict.InvestigationSteps.Step;

/**
 * SECAS's recommendation and the Panel's decision: replace (naming the requested Hash when there are several) or
 * retain, with reasons or the rationale.
 */
@Named
@ViewScoped
public class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvestigationPage page;

    private String outcome;
    private String reasons;
    private String hash;

    public String recommend() {
        return page.complete(Step.RECOMMEND, fields(), "Recommendation sent to the Panel.");
    }

    public String decide() {
        return page.complete(Step.DECIDE, fields(), "Decision recorded: the CPL is being updated and the parties"
                + " notified.");
    }

    /** Replace names the chosen requested Hash (the only one when there is one); retain names none. */
    private Map<String, Object> fields() {
        return Map.of("outcome", InvestigationPage.text(outcome), "reasons", InvestigationPage.text(reasons), "hash",
                "replace".equalsIgnoreCase(outcome) ? InvestigationPage.text(hash) : "");
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** SECAS's choice, for the Panel, until it chooses. */
    public String getHash() {
        if (hash == null && page.getRecommendation() != null) {
            hash = page.getRecommendation().imageHash().map(ImageHash::value).orElse(null);
        }
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
