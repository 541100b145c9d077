package uk.secgov.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import uk.secgov.platform.input.InvalidInput;

/**
 * What a page shows when an action is refused for its input, or its form is stale: input that breaks
 * the input rules (a control character, too long, too many items) and that no {@link PageAction} caught (a
 * bean's setter, a method outside one) is shown on the same form, field by field, like any other refusal; an expired or replayed form (an unknown, stateless or another
 * page's view state, also on an AJAX request, which the servlet's error page never sees) goes to the
 * "page expired" page rather than a 500.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext context = events.next().getContext();
            Throwable thrown = context.getException();
            InvalidInput invalid = find(thrown, InvalidInput.class);
            if (invalid != null && faces != null && !faces.getResponseComplete()) {
                PageAction.ON_PAGE.show(faces, invalid);
                faces.renderResponse();
                events.remove();
            } else if ((find(thrown, ViewExpiredException.class) != null || staleForm(faces, context)
                    || withoutPageNonce(thrown)) && faces != null
                    && !faces.getExternalContext().isResponseCommitted()) {
                try {
                    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + EXPIRED_PAGE);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /**
     * A form post whose view could not be restored at all: a made-up, stateless or foreign view state (one
     * another page issued), which the view's state does not fit. For the person it is the same as an
     * expired page.
     */
    private static boolean staleForm(FacesContext faces, ExceptionQueuedEventContext context) {
        return faces != null && context.getPhaseId() == PhaseId.RESTORE_VIEW && "POST".equalsIgnoreCase(
                ((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()).getMethod());
    }

    /**
     * A form post without the script nonce its page was given (PrimeFaces' CSP mode puts it in every form a
     * browser submits): not a page this application served to that browser.
     */
    private static boolean withoutPageNonce(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalHandler(getWrapped().getExceptionHandler());
        }
    }
}
