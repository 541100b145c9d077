package uk.secgov.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.secgov.platform.refusal.InvalidRequest;
import uk.secgov.platform.refusal.NotFound;
import uk.secgov.platform.refusal.Refusal;
import uk.secgov.platform.security.NotAllowed;

/**
 * How every page runs an action that a use case may refuse: done, the page says so (when it has words for it);
 * refused, the page shows the refusal's words and keeps the form as it was typed (validation failed). An invalid
 * request shows each violation on its field's component where the page maps that field (beside it, in its
 * {@code p:message} slot; at the top if it has none: see {@link FieldMessages}), and at the top otherwise. A refused
 * caller ({@link NotAllowed}) is not the form's business: it goes on to {@link RefusedActions}, the "cannot do this"
 * page.
 */
public final class PageAction {

    /** Every message at the top of the page: for pages that map no field. */
    public static final PageAction ON_PAGE = new PageAction(Map.of());

    private final Map<String, String> clientIds;

    private PageAction(Map<String, String> clientIds) {
        this.clientIds = Map.copyOf(clientIds);
    }

    /** Violations of these fields (as the use case names them) shown on these components (their client ids). */
    public static PageAction withFields(Map<String, String> clientIdByField) {
        return new PageAction(clientIdByField);
    }

    /** Runs the action; true when done, false when refused (the refusal is on the page). */
    public boolean run(Runnable action) {
        return report(() -> {
            action.run();
            return null;
        });
    }

    /** Runs the action and, when done, says {@code done}. */
    public boolean run(Runnable action, String done) {
        return report(() -> {
            action.run();
            return done;
        });
    }

    /** Runs an action that says what it did (nothing when it answers {@code null}); true when done. */
    public boolean report(Supplier<String> action) {
        Optional<Optional<String>> done = attempt(() -> Optional.ofNullable(action.get()));
        done.flatMap(words -> words).ifPresent(words -> FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, words, null)));
        return done.isPresent();
    }

    /**
     * Runs the action and, when done, goes on to {@code outcome} (a redirect) where {@code done} is shown; refused,
     * the page stays ({@code null}) with the refusal on it.
     */
    public String runThenGo(Runnable action, String done, String outcome) {
        return reportThenGo(() -> {
            action.run();
            return done;
        }, outcome);
    }

    /** Runs an action that says what it did, and when done goes on to {@code outcome}, where that is shown. */
    public String reportThenGo(Supplier<String> action, String outcome) {
        return attempt(action).map(done -> doneThenGo(done, outcome)).orElse(null);
    }

    /**
     * Runs an action whose result the page needs (never {@code null}): empty when refused, with the refusal on the
     * page.
     */
    public <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (Refusal refusal) {
            show(FacesContext.getCurrentInstance(), refusal);
            return Optional.empty();
        }
    }

    /** After an action that was done: goes on to {@code outcome} (a redirect), where {@code done} is shown. */
    public static String doneThenGo(String done, String outcome) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        return outcome;
    }

    /**
     * Loads what a page shows; an unknown record, or one the caller may not see, answers 404 with {@code notFound}
     * (the refusal's own message when {@code null}), as a page that does not exist would. True when loaded.
     */
    public static boolean loadOrNotFound(Runnable load, String notFound) throws IOException {
        try {
            load.run();
            return true;
        } catch (NotFound unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, notFound == null ? unknown.getMessage() : notFound);
            faces.responseComplete();
            return false;
        }
    }

    /** Shows a refusal on the page and marks the form as not accepted. */
    void show(FacesContext faces, Refusal refusal) {
        if (refusal instanceof NotAllowed refusedCaller) {
            throw refusedCaller;
        }
        messagesOf(refusal).forEach(m -> faces.addMessage(m.clientId(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, m.text(), null)));
        faces.validationFailed();
    }

    /**
     * What the page says about a refusal, and where: each violation of an invalid request on its field's component
     * (a {@code null} client id: the top of the page, for a field the page does not map); any other refusal, and an
     * invalid request that names no field, in its message at the top.
     */
    List<Message> messagesOf(Refusal refusal) {
        if (refusal instanceof InvalidRequest invalid && !invalid.violations().isEmpty()) {
            return invalid.violations().stream().map(v -> new Message(
                    v.field() == null ? null : clientIds.get(v.field()), v.message())).toList();
        }
        return List.of(new Message(null, refusal.getMessage()));
    }

    /** One message for the page: on a component, or at the top ({@code null}). */
    record Message(String clientId, String text) {
    }
}
