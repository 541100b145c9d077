package uk.secgov.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.PartyAdministration;
import uk.secgov.party.PartyAdministration.PartyRegistration;
import uk.secgov.party.PartyCategory;

/** Administrator screen: the parties, registering one, disabling one. */
@Named
@ViewScoped
public class PartiesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction REGISTER_FORM = PageAction.withFields(Map.of("name", "registerForm:name",
            "category", "registerForm:category", "ikiSubjectOrganisation", "registerForm:iki",
            "manufacturerId", "registerForm:manufacturerId"));

    @Inject
    transient Directory directory;

    @Inject
    transient PartyAdministration administration;

    @Inject
    transient CurrentUser currentUser;

    private final LazyDataModel<Party> parties = new DatabasePaged<>(() -> directory.partyCount(),
            (first, size) -> directory.parties(first, size), party -> String.valueOf(party.id()),
            key -> directory.party(Long.parseLong(key)).orElse(null));

    private String name;
    private PartyCategory category;
    private String ikiSubjectOrganisation;
    private String manufacturerId;

    public void register() {
        REGISTER_FORM.report(() -> {
            Party party = administration.register(new PartyRegistration(name, category, ikiSubjectOrganisation,
                    manufacturerId), currentUser.getUsername());
            name = null;
            category = null;
            ikiSubjectOrganisation = null;
            manufacturerId = null;
            return "Party '" + party.name() + "' registered.";
        });
    }

    public void disable(long partyId) {
        PageAction.ON_PAGE.report(() -> "Party '" + administration.disable(partyId, currentUser.getUsername()).name()
                + "' disabled: its users can no longer sign in.");
    }

    public LazyDataModel<Party> getParties() {
        return parties;
    }

    public PartyCategory[] getCategories() {
        return PartyCategory.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartyCategory getCategory() {
        return category;
    }

    public void setCategory(PartyCategory category) {
        this.category = category;
    }

    public String getIkiSubjectOrganisation() {
        return ikiSubjectOrganisation;
    }

    public void setIkiSubjectOrganisation(String ikiSubjectOrganisation) {
        this.ikiSubjectOrganisation = ikiSubjectOrganisation;
    }

    public String getManufacturerId() {
        return manufacturerId;
    }

    public void setManufacturerId(String manufacturerId) {
        this.manufacturerId = manufacturerId;
    }
}
