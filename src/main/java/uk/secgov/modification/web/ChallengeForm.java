package uk.secgov.modification.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.secgov.modification.Challenges;

/** SECAS records a Party's challenge: an objection to a Fast-Track, an appeal to the Authority. */
@Named
@ViewScoped
public class ChallengeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Challenges challenges;

    @Inject
    PageStep step;

    private String party;
    private String grounds;

    public void objection() {
        step.run(() -> challenges.objection(step.reference(), party, grounds, step.day(), step.actor()),
                "Objection recorded.");
    }

    public void appeal() {
        step.run(() -> challenges.appeal(step.reference(), party, grounds, step.day(), step.actor()),
                "Appeal recorded.");
    }

    public void clear(@Observes(notifyObserver = Reception.IF_EXISTS) PageStep.Recorded recorded) {
        grounds = null;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }
}
