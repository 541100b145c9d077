package uk.secgov.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The meeting pages' words: subject links, times and rule versions, never an enum name or an ISO date. */
class MeetingWordsTest {

    private final MeetingWords words = new MeetingWords();

    @Test
    void aCaseReferenceLinksToTheCasePageAndACplSubmissionToItsPage() {
        assertThat(words.subjectPage("MP168")).isEqualTo("/modifications/case.xhtml?ref=MP168");
        assertThat(words.subjectPage("DP12")).isEqualTo("/modifications/case.xhtml?ref=DP12");
        assertThat(words.subjectPage("CPL-2026-000042")).isEqualTo("/cpl/submission.xhtml?reference=CPL-2026-000042");
        assertThat(words.subjectPage("Budget 2027")).isNull();
        assertThat(words.subjectPage(null)).isNull();
    }

    @Test
    void timesAndRuleVersionsReadAsWords() {
        assertThat(words.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(words.rule("Change Board", 1)).isEqualTo("Change Board rule, version 1");
        assertThat(MeetingsView.time("9:30")).isEqualTo(LocalTime.of(9, 30));
    }
}
