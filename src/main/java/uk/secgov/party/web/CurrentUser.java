package uk.secgov.party.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.secgov.party.Directory;
import uk.secgov.party.Role;
import uk.secgov.party.UserAccount;

/** The signed-in person as the pages show them: name, party and the roles whose pages they may open. */
@Named
@RequestScoped
public class CurrentUser {

    /** The order in which a person with several roles meets their home pages. */
    static final List<Role> HOME_ORDER = List.of(Role.SECAS, Role.PANEL, Role.CHANGEBOARD, Role.AUTHORITY,
            Role.DCC, Role.SUPPLIER, Role.MANUFACTURER, Role.ADMIN);

    /** The request, not Jakarta Security's context: that one names an anonymous visitor "anonymous". */
    @Inject
    HttpServletRequest request;

    @Inject
    Directory directory;

    private Optional<UserAccount> account;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    public String getDisplayName() {
        return account().map(UserAccount::displayName).orElse(getUsername());
    }

    public String getPartyName() {
        return account().map(u -> u.party().name()).orElse("");
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** The caller's roles in home-page order. */
    public List<Role> getRoles() {
        return HOME_ORDER.stream().filter(r -> request.isUserInRole(r.groupName())).toList();
    }

    /** The caller's first home page, e.g. {@code /secas/index.xhtml}; the public page when signed out. */
    public String getHomePath() {
        return getRoles().stream().findFirst().map(r -> "/" + r.groupName() + "/index.xhtml").orElse("/index.xhtml");
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    private Optional<UserAccount> account() {
        if (account == null) {
            String username = getUsername();
            account = username == null ? Optional.empty() : directory.user(username);
        }
        return account;
    }
}
