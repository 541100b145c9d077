package uk.secgov.inbox.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import uk.secgov.inbox.TaskNotFound;
import uk.secgov.inbox.TaskNotYours;

/** Runs an inbox action and tells the person how it went: done, or why not. */
final class Attempt {

    private Attempt() {
    }

    static void run(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (TaskNotFound | TaskNotYours | uk.secgov.inbox.TaskFieldsRefused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.getMessage(), null));
        }
    }
}
