package uk.secgov.party.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import uk.secgov.party.SignInFailures;
import uk.secgov.party.SignInLocks;
import uk.secgov.party.ThrottleSubject;
import uk.secgov.party.UnknownParty;
import uk.secgov.platform.web.DatabasePaged;

/** Administrator screen section: usernames and addresses locked after repeated failed sign-ins, and lifting a lock. */
@Named
@ViewScoped
public class SignInLocksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignInLocks locks;

    @Inject
    transient CurrentUser currentUser;

    private final LazyDataModel<SignInFailures> inForce = new DatabasePaged<>(() -> locks.countInForce(),
            (first, size) -> locks.inForce(first, size), SignInLocksView::keyOf,
            key -> subjectOf(key).flatMap(locks::recordOf).orElse(null));

    public void lift(ThrottleSubject subject) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            locks.lift(subject, currentUser.getUsername());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, subject.kind().label() + " '"
                    + subject.value() + "' may sign in again.", null));
        } catch (UnknownParty noLock) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, subject.kind().label() + " '"
                    + subject.value() + "' is no longer locked.", null));
        }
    }

    public LazyDataModel<SignInFailures> getInForce() {
        return inForce;
    }

    private static String keyOf(SignInFailures record) {
        return record.subject().kind().name() + ":" + record.subject().value();
    }

    /** The subject of a row key; none for a key this table did not make. */
    private static Optional<ThrottleSubject> subjectOf(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        try {
            return colon < 0 ? Optional.empty() : Optional.of(new ThrottleSubject(
                    ThrottleSubject.Kind.valueOf(key.substring(0, colon)), key.substring(colon + 1)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
