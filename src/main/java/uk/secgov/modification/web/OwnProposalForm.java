package uk.secgov.modification.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.secgov.modification.CaseInterruptions;
import uk.secgov.modification.NotTheProposer;
import uk.secgov.modification.Proposer;
import uk.secgov.party.Directory;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.web.PageAction;

/**
 * A Supplier's or the DCC's user, today: withdraws their own Party's case, or adopts another Party's withdrawn one
 * for their own Party.
 */
@Named
@ViewScoped
public class OwnProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The Proposer's own form: its reason for withdrawing. */
    private static final PageAction OWN_FORM = PageStep.stepsFormWith("reason", "proposerForm:withdrawReason");

    @Inject
    transient CaseInterruptions interruptions;

    @Inject
    transient Directory directory;

    @Inject
    PageStep step;

    private String reason;

    /** The Proposer's own user withdraws the case. */
    public void withdrawOwn() {
        step.run(OWN_FORM, () -> interruptions.withdraw(step.reference(), step.viewer(), reason, step.today()),
                "Withdrawn. Another Party may adopt it until its adoption window ends.");
    }

    /** A Party's user adopts the withdrawn case for their own Party. */
    public void adoptForOwnParty() {
        step.run(OWN_FORM, () -> {
            UserAccount me = directory.user(step.actor()).orElseThrow(() -> new NotTheProposer("You belong to no Party."));
            return interruptions.adopt(step.reference(), step.viewer(), new Proposer(me.party().id(), me.party().name(),
                    me.displayName(), null), step.today());
        }, "Your Party has adopted the proposal and is now its Proposer.");
    }

    public void clear(@Observes(notifyObserver = Reception.IF_EXISTS) PageStep.Recorded recorded) {
        reason = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
