package uk.secgov.cplsubmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a Hash already current elsewhere is investigated, as the environment says. */
class HashElsewhereTest {

    @Test
    void aHashCurrentElsewhereIsOnlyAWarningUnlessTheEnvironmentAsksForAnInvestigation() {
        assertThat(HashElsewhere.from(Map.of())).isEqualTo(HashElsewhere.WARN);
        assertThat(HashElsewhere.from(Map.of("SECGOV_CPL_HASH_ELSEWHERE", "Investigate")).investigate()).isTrue();
    }

    @Test
    void anythingElseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> HashElsewhere.from(Map.of("SECGOV_CPL_HASH_ELSEWHERE", "ignore")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SECGOV_CPL_HASH_ELSEWHERE is warn or investigate, not ignore");
    }
}
