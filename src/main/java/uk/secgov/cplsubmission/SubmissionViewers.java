package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Predicate;
import uk.secgov.party.Directory;
import uk.secgov.party.ManufacturerId;
import uk.secgov.party.UserAccount;
import uk.secgov.platform.security.Allowed;

/** Works out, from a caller's roles and party, which submissions they see ({@link SubmissionViewer}). */
@ApplicationScoped
public class SubmissionViewers {

    @Inject
    Directory directory;

    @Allowed(Allowed.SIGNED_IN)
    public SubmissionViewer of(String username, Predicate<String> hasRole) {
        UserAccount user = directory.user(username).orElse(null);
        if (user == null) {
            return SubmissionViewer.nobody(username);
        }
        boolean all = hasRole.test("secas") || hasRole.test("panel");
        Long party = hasRole.test("supplier") || hasRole.test("dcc") ? user.party().id() : null;
        ManufacturerId manufacturer = hasRole.test("manufacturer") ? user.party().manufacturerId().orElse(null) : null;
        return new SubmissionViewer(username, party, all, manufacturer);
    }
}
