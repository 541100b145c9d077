package uk.secgov.modification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import uk.secgov.modification.Viewer;
import uk.secgov.party.Directory;

/** Who is looking at a modification page: the register shows them what they may see. */
@RequestScoped
public class WebViewer {

    @Inject
    SecurityContext security;

    @Inject
    Directory directory;

    public Viewer viewer() {
        if (security.getCallerPrincipal() == null) {
            return Viewer.PUBLIC;
        }
        String username = security.getCallerPrincipal().getName();
        return Viewer.signedIn(username, directory.user(username).map(u -> u.party().id()).orElse(null),
                security::isCallerInRole);
    }

    public boolean is(String role) {
        return security.getCallerPrincipal() != null && security.isCallerInRole(role);
    }

    public boolean signedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String username() {
        return security.getCallerPrincipal().getName();
    }
}
