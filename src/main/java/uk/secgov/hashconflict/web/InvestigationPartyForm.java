package uk.secgov.hashconflict.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.secgov.hashconflict.InvestigationParties;
import uk.secgov.hashconflict.InvestigationWorkspace.PartyLine;

/** SECAS takes parties into the investigation and out of it while it runs. */
@Named
@ViewScoped
public class InvestigationPartyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvestigationParties parties;

    @Inject
    InvestigationPage page;

    private Long addPartyId;

    public String addParty() {
        return page.attempt(() -> parties.addParty(page.viewer(), page.getReference(), addPartyId == null ? -1
                : addPartyId), "Party added.");
    }

    public String removeParty(long partyId) {
        return page.attempt(() -> parties.removeParty(page.viewer(), page.getReference(), partyId), "Party removed.");
    }

    /** The parties SECAS could bring in now. */
    public List<PartyLine> getPartiesToAdd() {
        return page.isRunnable() ? parties.partiesToAdd(page.viewer(), page.getReference()) : List.of();
    }

    public Long getAddPartyId() {
        return addPartyId;
    }

    public void setAddPartyId(Long addPartyId) {
        this.addPartyId = addPartyId;
    }
}
