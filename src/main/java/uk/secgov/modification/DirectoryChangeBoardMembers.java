package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.secgov.party.Directory;
import uk.secgov.party.Role;

/** The Change Board's members from the directory: enabled accounts with the Change Board role, of enabled parties. */
@ApplicationScoped
public class DirectoryChangeBoardMembers implements ChangeBoardMembers {

    @Inject
    Directory directory;

    @Override
    public List<Member> all() {
        return directory.activeUsersWithRole(Role.CHANGEBOARD).stream()
                .map(u -> new Member(u.username(), u.displayName() == null || u.displayName().isBlank() ? u.username()
                        : u.displayName(), u.party().category()))
                .toList();
    }
}
