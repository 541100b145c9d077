package uk.secgov.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import uk.secgov.platform.security.SecGovAuthenticationMechanism;

/** The login page: hands the credential to the authentication mechanism, then goes where the user was heading. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(request.getContextPath() + takeTarget(request));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (request.getAttribute(SecGovAuthenticationMechanism.REFUSAL) instanceof String refusal) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Sign-in failed. " + refusal, null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Sign-in failed: the username or password is wrong, or the account is disabled.", null));
        }
    }

    private static String takeTarget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(SecGovAuthenticationMechanism.SESSION_TARGET);
        if (session != null) {
            session.removeAttribute(SecGovAuthenticationMechanism.SESSION_TARGET);
        }
        return target instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/home";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
