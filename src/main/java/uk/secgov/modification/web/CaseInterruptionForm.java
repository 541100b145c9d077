package uk.secgov.modification.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.secgov.modification.CaseInterruptions;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.Proposer;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;

/**
 * What SECAS records on any open case: an update for the register, a hold and its end, the Proposer's withdrawal,
 * another Party's adoption of a withdrawn case, supersession by another case.
 */
@Named
@ViewScoped
public class CaseInterruptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseInterruptions interruptions;

    @Inject
    transient Directory directory;

    @Inject
    PageStep step;

    private String successor;
    private Long adopterPartyId;
    private String person;
    private String onBehalfOf;

    public void update() {
        step.run(() -> interruptions.recordUpdate(step.reference(), step.note(), step.day(),
                step.actor()), "Update recorded.");
    }

    public void putOnHold() {
        step.run(() -> interruptions.putOnHold(step.reference(), step.note(), step.day(),
                step.actor()), "Put on hold.");
    }

    public void resume() {
        step.run(() -> interruptions.resume(step.reference(), step.day(), step.actor()), "Resumed.");
    }

    public void withdraw() {
        step.run(() -> interruptions.withdraw(step.reference(), step.note(), step.day(),
                step.actor()), "Withdrawal recorded.");
    }

    /** SECAS records that another case supersedes this one. */
    public void supersede() {
        step.run(() -> {
            if (successor == null || successor.isBlank()) {
                throw new InvalidModificationRequest("supersededBy", "Name the case that supersedes this one (e.g. MP170).");
            }
            return interruptions.supersede(step.reference(), successor.strip(), step.note(), step.day(),
                    step.actor());
        }, "Recorded as superseded.");
    }

    /** SECAS records that another Party adopted the withdrawn case within its window. */
    public void adopt() {
        step.run(() -> {
            if (adopterPartyId == null) {
                throw new InvalidModificationRequest("proposerParty", "Choose the Party that adopts the proposal.");
            }
            Party party = directory.party(adopterPartyId).filter(Party::isEnabled).orElseThrow(() ->
                    new InvalidModificationRequest("proposerParty", "There is no active Party #" + adopterPartyId + "."));
            return interruptions.adopt(step.reference(), step.viewer(),
                    new Proposer(party.id(), party.name(), person, onBehalfOf), step.day());
        }, "Adoption recorded: the adopting Party is now the Proposer.");
    }

    public void clear(@Observes(notifyObserver = Reception.IF_EXISTS) PageStep.Recorded recorded) {
        successor = null;
        person = null;
        onBehalfOf = null;
    }

    /** The Parties that may adopt a withdrawn case. */
    public List<Party> getParties() {
        return directory.enabledParties();
    }

    public String getSuccessor() {
        return successor;
    }

    public void setSuccessor(String successor) {
        this.successor = successor;
    }

    public Long getAdopterPartyId() {
        return adopterPartyId;
    }

    public void setAdopterPartyId(Long adopterPartyId) {
        this.adopterPartyId = adopterPartyId;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }
}
