package uk.secgov.party.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.secgov.party.InvalidPartyData;

/** Shows every problem of a refused request on the page, field by field. */
final class Messages {

    private Messages() {
    }

    static void showAll(InvalidPartyData invalid) {
        FacesContext faces = FacesContext.getCurrentInstance();
        invalid.violations().forEach(v -> faces.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.field() + " " + v.problem(), null)));
        faces.validationFailed();
    }
}
