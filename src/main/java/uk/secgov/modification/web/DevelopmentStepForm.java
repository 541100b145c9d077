package uk.secgov.modification.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.secgov.modification.DevelopmentSteps;
import uk.secgov.modification.RefinementSteps;

/**
 * SECAS's steps while a case is developed and refined: the pre-submission comments, the CSC's comments and
 * agreement, sub-committees' views, refinement events and the end of refinement.
 */
@Named
@ViewScoped
public class DevelopmentStepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DevelopmentSteps development;

    @Inject
    transient RefinementSteps refinement;

    @Inject
    PageStep step;

    private String leadAnalyst;
    private String comments;
    private String committee;

    public void precheck() {
        step.run(() -> development.completePrecheck(step.reference(), leadAnalyst, comments, step.day(),
                step.actor()), "Pre-submission comments recorded; the case is in the Development Stage.");
    }

    public void cscComment() {
        step.run(() -> development.recordCscComment(step.reference(), comments, step.day(), step.actor()),
                "CSC comment recorded.");
    }

    public void subCommitteeViews() {
        step.run(() -> development.recordSubCommitteeViews(step.reference(), committee, comments, step.day(),
                step.actor()), "Sub-committee views recorded.");
    }

    public void agreeProblemStatement() {
        step.run(() -> development.agreeProblemStatement(step.reference(), step.day(), step.actor()),
                "The CSC's agreement is recorded; the Panel can convert the proposal.");
    }

    public void refinementEvent() {
        step.run(() -> refinement.recordEvent(step.reference(), committee, comments, step.day(),
                step.actor()), "Refinement event recorded.");
    }

    public void completeRefinement() {
        step.run(() -> refinement.complete(step.reference(), step.day(), step.actor()),
                "Refinement completed.");
    }

    public void clear(@Observes(notifyObserver = Reception.IF_EXISTS) PageStep.Recorded recorded) {
        comments = null;
    }

    public String getLeadAnalyst() {
        return leadAnalyst;
    }

    public void setLeadAnalyst(String leadAnalyst) {
        this.leadAnalyst = leadAnalyst;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }
}
