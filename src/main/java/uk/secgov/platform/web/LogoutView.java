package uk.secgov.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out (a POST from every page's header): ends the session and returns to the public home page. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    FacesContext faces;

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/index.xhtml?signedOut=true");
        faces.responseComplete();
    }
}
