package uk.secgov.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import uk.secgov.platform.security.NotAllowed;

/**
 * A page action whose use case refused the caller ({@link NotAllowed}) ends on the "cannot do this" page with the
 * refusal's words: HTTP 403 for a form post; for an Ajax post the page is sent there (the message travels in the
 * flash). Nothing was changed: the use case refused before it started its transaction.
 */
public class RefusedActions extends ExceptionHandlerFactory {

    public static final String MESSAGE = "uk.secgov.refusal";

    public RefusedActions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                NotAllowed refusal = refusalIn(events.next().getContext().getException());
                if (refusal != null) {
                    events.remove();
                    answer(FacesContext.getCurrentInstance(), refusal);
                }
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, NotAllowed refusal) {
            ExternalContext external = faces.getExternalContext();
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    external.getFlash().put(MESSAGE, refusal.getMessage());
                    external.redirect(external.getRequestContextPath() + "/error/403.xhtml");
                } else {
                    external.getRequestMap().put(MESSAGE, refusal.getMessage());
                    external.responseSendError(403, refusal.getMessage());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    static NotAllowed refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotAllowed refused) {
                return refused;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
