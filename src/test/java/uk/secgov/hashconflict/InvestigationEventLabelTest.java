package uk.secgov.hashconflict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.secgov.hashconflict.InvestigationEvent.Kind;
import uk.secgov.hashconflict.InvestigationEvent.Outcome;

/** The timeline's plain-English wording: one per kind of step, naming the party and the outcome. */
class InvestigationEventLabelTest {

    @Test
    void everyKindHasWordsNotItsCode() {
        for (Kind kind : Kind.values()) {
            String label = kind.label("Bright Energy", Outcome.REPLACE, false);
            assertThat(label).as(kind.name()).isNotBlank().doesNotContain(kind.name()).doesNotContain("_");
        }
    }

    @Test
    void aRequestStepNamesItsParty() {
        assertThat(Kind.ASKED.label("Bright Energy", null, false)).isEqualTo("Question sent to Bright Energy");
        assertThat(Kind.ASKED.label("Bright Energy", null, true)).isEqualTo("Follow-up question sent to Bright Energy");
        assertThat(Kind.ANSWERED.label("Volt Supply", null, false)).isEqualTo("Answer received from Volt Supply");
        assertThat(Kind.REMINDED.label("Smart DCC", null, false)).contains("Reminder sent to Smart DCC");
        assertThat(Kind.ESCALATED.label("Smart DCC", null, false)).contains("overdue from Smart DCC")
                .contains("SECAS");
        assertThat(Kind.CHASED.label("Meterworks Manufacturing", null, false))
                .isEqualTo("SECAS chased Meterworks Manufacturing for the overdue answer");
        assertThat(Kind.ASKED.label(null, null, false)).isEqualTo("Question sent to the party");
    }

    @Test
    void aRecommendationOrDecisionSaysWhich() {
        assertThat(Kind.DECIDED.label(null, Outcome.REPLACE, false)).isEqualTo("Panel decided: replace");
        assertThat(Kind.DECIDED.label(null, Outcome.RETAIN, false)).isEqualTo("Panel decided: retain");
        assertThat(Kind.RECOMMENDED.label(null, Outcome.RETAIN, false)).isEqualTo("SECAS recommended: retain");
        assertThat(Kind.CPL_UPDATED.label(null, Outcome.REPLACE, false)).contains("new Hash is current");
        assertThat(Kind.CPL_UPDATED.label(null, Outcome.RETAIN, false)).contains("current Hash stays");
    }
}
