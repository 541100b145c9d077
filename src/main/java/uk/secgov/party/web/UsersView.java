package uk.secgov.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;
import uk.secgov.party.Directory;
import uk.secgov.party.Party;
import uk.secgov.party.Role;
import uk.secgov.party.UserAccount;
import uk.secgov.party.UserAdministration;
import uk.secgov.party.UserAdministration.NewUser;

/** Administrator screen: user accounts, creating one, disabling one. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction CREATE_FORM = PageAction.withFields(Map.of("username", "createForm:username",
            "displayName", "createForm:displayName", "email", "createForm:email", "password", "createForm:password",
            "partyId", "createForm:party", "roles", "createForm:roles"));

    @Inject
    transient Directory directory;

    @Inject
    transient UserAdministration administration;

    @Inject
    transient CurrentUser currentUser;

    private Long partyFilter;

    private final LazyDataModel<UserAccount> users = new DatabasePaged<>(() -> directory.userCount(partyFilter),
            (first, size) -> directory.users(partyFilter, first, size), user -> String.valueOf(user.id()),
            key -> directory.user(Long.parseLong(key)).orElse(null));

    private String username;
    private String displayName;
    private String email;
    private String password;
    private Long partyId;
    private Role[] roles;

    public void create() {
        try {
            CREATE_FORM.report(() -> {
                UserAccount user = administration.create(new NewUser(username, displayName, email, password, partyId,
                        roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class)
                                : EnumSet.copyOf(Arrays.asList(roles))), currentUser.getUsername());
                username = null;
                displayName = null;
                email = null;
                partyId = null;
                roles = null;
                return "Account '" + user.username() + "' created for " + user.party().name() + ".";
            });
        } finally {
            password = null;
        }
    }

    public void disable(long userId) {
        PageAction.ON_PAGE.report(() -> "Account '" + administration.disable(userId, currentUser.getUsername())
                .username() + "' disabled: it can no longer sign in.");
    }

    public List<Party> getEnabledParties() {
        return directory.enabledParties();
    }

    public List<Party> getAllParties() {
        return directory.allParties();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public LazyDataModel<UserAccount> getUsers() {
        return users;
    }

    public Long getPartyFilter() {
        return partyFilter;
    }

    public void setPartyFilter(Long partyFilter) {
        this.partyFilter = partyFilter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
