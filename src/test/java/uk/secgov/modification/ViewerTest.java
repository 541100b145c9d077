package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

    @Test
    void aSignedInPersonHasEveryRoleTheirSecurityContextGrants() {
        Set<String> granted = Set.of("changeboard", "supplier", "not-a-role");

        Viewer viewer = Viewer.signedIn("chris", 3L, granted::contains);

        assertThat(viewer.roles()).containsExactlyInAnyOrder("changeboard", "supplier");
        assertThat(viewer.seesEverything()).isTrue();
    }

    @Test
    void aPartysUserAloneDoesNotSeeEverything() {
        Viewer viewer = Viewer.signedIn("supplier", 7L, "supplier"::equals);

        assertThat(viewer.partyId()).isEqualTo(7L);
        assertThat(viewer.seesEverything()).isFalse();
    }

    @Test
    void nobodySignedInIsThePublic() {
        assertThat(Viewer.signedIn(null, null, role -> true)).isSameAs(Viewer.PUBLIC);
    }
}
