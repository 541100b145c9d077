package uk.secgov.platform.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/** Marks the threads that serve an HTTP request, so that {@link Callers} never mistakes a visitor for the application. */
@WebListener
public class InboundRequests implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        Callers.servingARequest(true);
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Callers.servingARequest(false);
    }
}
