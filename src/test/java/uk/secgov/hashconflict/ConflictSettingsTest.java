package uk.secgov.hashconflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The investigations' numbers as the environment gives them. */
class ConflictSettingsTest {

    @Test
    void aPartyHasFiveWorkingDaysAndEscalationComesThreeLaterUnlessTheEnvironmentSaysOtherwise() {
        assertThat(ConflictSettings.from(Map.of())).isEqualTo(new ConflictSettings(5, 3));
        assertThat(ConflictSettings.from(Map.of("SECGOV_CPL_ANSWER_WORKING_DAYS", " 10 ",
                "SECGOV_CPL_ESCALATION_WORKING_DAYS", "0"))).isEqualTo(new ConflictSettings(10, 0));
    }

    @Test
    void anAnswerIsDueWithinSixtyWorkingDays() {
        assertThatThrownBy(() -> ConflictSettings.from(Map.of("SECGOV_CPL_ANSWER_WORKING_DAYS", "61")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An answer is due 1 to 60 Working Days later, not 61");
    }
}
